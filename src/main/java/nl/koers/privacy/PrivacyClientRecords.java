package nl.koers.privacy;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code privacy} stores about a client: which kinds of the client's records have
 * been erased and when, kept (the client's id only), so that a run does not count them
 * again.
 */
@Component
class PrivacyClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.keep("retention_erasure", "client_id = ?", RecordKind.FILE));
	}

}
