package nl.koers.dataimport;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code dataimport} stores about a client: the fingerprint of the last imported
 * row, removed.
 */
@Component
class DataImportClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.delete("import_fingerprint", "client_id = ?", RecordKind.FILE));
	}

}
