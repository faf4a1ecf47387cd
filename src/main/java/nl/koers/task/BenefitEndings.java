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

	private final TaskMetrics metrics;

	BenefitEndings(TaskStore store, Clock clock, TaskMetrics metrics) {
		this.store = store;
		this.clock = clock;
		this.metrics = metrics;
	}

	@ApplicationModuleListener
	void on(BenefitEnded event) {
		this.store.cancelOpenExcept(event.clientId(), TaskType.BENEFIT_ENDED, this.clock.instant());
		if (this.store.openOrReschedule(event.municipalityId(), event.clientId(), TaskType.BENEFIT_ENDED,
				LocalDate.now(this.clock), event.caseLeadId(), this.clock.instant())) {
			this.metrics.opened(TaskType.BENEFIT_ENDED);
		}
	}

}
