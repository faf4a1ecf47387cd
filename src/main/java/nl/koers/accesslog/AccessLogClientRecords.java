package nl.koers.accesslog;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code accesslog} stores about a client: the entries of the access log, kept for a
 * period of their own counted from each entry, not from the closing of the file.
 */
@Component
class AccessLogClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.keep("access_log_entry", "client_id = ?", RecordKind.ACCESS_LOG));
	}

}
