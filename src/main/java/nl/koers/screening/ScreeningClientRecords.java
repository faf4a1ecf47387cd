package nl.koers.screening;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code screening} stores about a client: the client's items in screening
 * campaigns, removed (a campaign keeps its counts in columns of its own).
 */
@Component
class ScreeningClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.delete("screening_item", "client_id = ?", RecordKind.FILE));
	}

}
