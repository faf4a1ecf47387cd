package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;

import nl.koers.client.api.BenefitEnded;
import nl.koers.task.api.TaskType;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a client's benefit ended, the client's open tasks are cancelled and the case lead
 * finds a task on the worklist that the benefit ended (after the client's transaction, in
 * one of its own; a repeated event cancels nothing more and keeps the one task).
 */
@Component
class BenefitEndings {

	private final TaskStore store;

	private final Clock clock;

	BenefitEndings(TaskStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BenefitEnded event) {
		this.store.cancelOpenExcept(event.clientId(), TaskType.BENEFIT_ENDED, this.clock.instant());
		this.store.openOrReschedule(event.municipalityId(), event.clientId(), TaskType.BENEFIT_ENDED,
				LocalDate.now(this.clock), event.caseLeadId(), this.clock.instant());
	}

}
