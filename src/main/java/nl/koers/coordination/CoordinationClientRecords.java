package nl.koers.coordination;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code coordination} stores about a client: signals with their follow-up, and the
 * consultants' advice requests about the client, removed.
 */
@Component
class CoordinationClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(
				ClientTable.delete("coordination_follow_up",
						"signal_id in (select id from coordination_signal where client_id = ?)", RecordKind.FILE),
				ClientTable.delete("coordination_signal", "client_id = ?", RecordKind.FILE),
				ClientTable.delete("advice_request", "client_id = ?", RecordKind.FILE));
	}

}
