package nl.koers.conversation;

import java.util.List;

import nl.koers.privacy.api.ClientRecords;
import nl.koers.privacy.api.ClientTable;
import nl.koers.privacy.api.RecordKind;

import org.springframework.stereotype.Component;

/**
 * What {@code conversation} stores about a client: appointments with their events,
 * contacts and outreach attempts, removed; the letters written from them go with their
 * PDF (a document), so they follow the documents' period.
 */
@Component
class ConversationClientRecords implements ClientRecords {

	@Override
	public List<ClientTable> tables() {
		return List.of(ClientTable.delete("conversation_letter", "client_id = ?", RecordKind.DOCUMENTS),
				ClientTable.delete("appointment_event",
						"appointment_id in (select id from appointment where client_id = ?)", RecordKind.FILE),
				ClientTable.delete("appointment", "client_id = ?", RecordKind.FILE),
				ClientTable.delete("contact", "client_id = ?", RecordKind.FILE),
				ClientTable.delete("outreach_attempt", "client_id = ?", RecordKind.FILE));
	}

}
