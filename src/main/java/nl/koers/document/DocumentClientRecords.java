package nl.koers.document;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code document} stores about a client: the documents in the file, removed.
 */
@Component
class DocumentClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.delete("document", "client_id = ?", RecordKind.DOCUMENTS));
	}

}
