package nl.koers.consent;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code consent} stores about a client: consents and their categories, removed.
 */
@Component
class ConsentClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.delete("consent_category",
				"consent_id in (select id from consent where client_id = ?)", RecordKind.FILE),
				ClientTable.delete("consent", "client_id = ?", RecordKind.FILE));
	}

}
