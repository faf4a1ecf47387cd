package nl.koers.conversation;

import java.time.LocalDateTime;
import java.util.UUID;

import nl.koers.client.api.CaseloadColumns;

import org.springframework.stereotype.Component;

/**
 * Keeps the caseload's columns for conversations ({@link CaseloadColumns}) in step: after
 * every change of a client's appointments or contacts, in the same transaction.
 */
@Component
class CaseloadConversations {

	private final AppointmentStore store;

	private final CaseloadColumns caseload;

	CaseloadConversations(AppointmentStore store, CaseloadColumns caseload) {
		this.store = store;
		this.caseload = caseload;
	}

	void refresh(UUID clientId) {
		Columns columns = this.store.caseloadColumns(clientId);
		this.caseload.conversations(clientId, columns.nextAppointment(), columns.lastContact());
	}

	record Columns(LocalDateTime nextAppointment, LocalDateTime lastContact) {
	}

}
