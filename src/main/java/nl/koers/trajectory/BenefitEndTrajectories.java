package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;

import nl.koers.budget.api.Budgets;
import nl.koers.client.api.BenefitEnded;
import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.trajectory.TrajectoryStore.Change;
import nl.koers.trajectory.TrajectoryStore.Row;
import nl.koers.trajectory.api.StepKind;
import nl.koers.trajectory.api.TrajectoryEnded;
import nl.koers.trajectory.api.TrajectoryStatus;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a client's benefit ended, the client leaves the target group: open nominations are
 * withdrawn (their money released) and a running trajectory ends on the end date (not
 * before its start) with the outcome the benefit's end implies ({@link Outcome#of}:
 * {@code PAID_WORK} for work, {@code MOVED} for moving away, else {@code OTHER}), without
 * aftercare, and {@link TrajectoryEnded} is published. After the client's transaction, in
 * one of its own; a repeated event finds nothing open and does nothing.
 */
@Component
class BenefitEndTrajectories {

	private final TrajectoryStore store;

	private final Budgets budgets;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	BenefitEndTrajectories(TrajectoryStore store, Budgets budgets, ApplicationEventPublisher publisher, Clock clock) {
		this.store = store;
		this.budgets = budgets;
		this.publisher = publisher;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BenefitEnded event) {
		for (Row row : this.store.ofClient(event.municipalityId(), event.clientId())) {
			TrajectoryStatus status = row.view().status();
			if (status.withdrawable()) {
				withdraw(row, event);
			}
			else if (status == TrajectoryStatus.STARTED) {
				end(row, event);
			}
		}
	}

	private void withdraw(Row row, BenefitEnded event) {
		TrajectoryView trajectory = row.view();
		if (this.store.change(trajectory.id(), trajectory.status(), null, Change.to(TrajectoryStatus.WITHDRAWN))) {
			step(trajectory, StepKind.WITHDRAWN, event.endDate(), null, null, event);
			this.budgets.release(trajectory.id());
		}
	}

	private void end(Row row, BenefitEnded event) {
		TrajectoryView trajectory = row.view();
		LocalDate day = trajectory.startedOn() != null && event.endDate().isBefore(trajectory.startedOn())
				? trajectory.startedOn() : event.endDate();
		Outcome outcome = Outcome.of(event.reason());
		if (this.store.change(trajectory.id(), TrajectoryStatus.STARTED, null,
				new Change(TrajectoryStatus.ENDED, null, null, null, day, outcome, null, null))) {
			step(trajectory, StepKind.ENDED, day, trajectory.phase(), outcome, event);
			this.publisher.publishEvent(
					new TrajectoryEnded(trajectory.id(), trajectory.clientId(), row.municipalityId(), day, outcome));
			if (row.scheduleKind() == ScheduleKind.PHASES) {
				this.budgets.releasePhasesFrom(trajectory.id(), trajectory.phase() + 1);
			}
		}
	}

	private void step(TrajectoryView trajectory, StepKind kind, LocalDate day, Integer phase, Outcome outcome,
			BenefitEnded event) {
		this.store.addStep(trajectory.id(), kind, day, phase, outcome, null, event.endedBy(), event.endedByName(),
				this.clock.instant());
	}

}
