package nl.koers.agreement;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code agreement} stores about a client: agreements and their outcomes, removed.
 */
@Component
class AgreementClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(
				ClientTable.delete("agreement_outcome",
						"agreement_id in (select id from agreement where client_id = ?)", RecordKind.FILE),
				ClientTable.delete("agreement", "client_id = ?", RecordKind.FILE));
	}

}
