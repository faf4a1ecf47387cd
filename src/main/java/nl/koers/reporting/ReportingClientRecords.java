package nl.koers.reporting;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code reporting} stores about a client: the outcomes reached and the periods in a
 * trajectory or guidance, kept as they are: they hold nothing but the client's id, and
 * the reports count them.
 */
@Component
class ReportingClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.keep("client_outcome", "client_id = ?", RecordKind.FILE),
				ClientTable.keep("engagement_period", "client_id = ?", RecordKind.FILE));
	}

}
