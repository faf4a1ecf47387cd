package nl.koers.task;

import nl.koers.client.api.CaseLeadAssigned;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's open tasks follow the case lead: when the client module assigns a new one,
 * the tasks move to them in the same transaction.
 */
@Component
class CaseLeadChanges {

	private final TaskStore store;

	CaseLeadChanges(TaskStore store) {
		this.store = store;
	}

	@EventListener
	@Transactional
	void on(CaseLeadAssigned event) {
		this.store.reassignOpen(event.clientId(), event.caseLeadId());
	}

}
