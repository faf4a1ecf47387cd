package nl.koers.task;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code task} stores about a client: the tasks for the case lead, removed.
 */
@Component
class TaskClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.delete("task", "client_id = ?", RecordKind.FILE));
	}

}
