package nl.koers.task;

import nl.koers.client.api.CaseLeadAssigned;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A client's open tasks follow the case lead: when the client module has assigned a new
 * one, the open tasks move to them (after the client's transaction, in one of their own;
 * moving them again is harmless, so a retried publication does no harm).
 */
@Component
class CaseLeadChanges {

	private final TaskStore store;

	CaseLeadChanges(TaskStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(CaseLeadAssigned event) {
		this.store.reassignOpen(event.clientId(), event.caseLeadId());
	}

}
