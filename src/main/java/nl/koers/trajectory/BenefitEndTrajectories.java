package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;

import nl.koers.budget.api.Budgets;
import nl.koers.client.api.BenefitEnded;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.contract.api.TrajectoryOutcome;
import nl.koers.trajectory.TrajectoryStore.Change;
import nl.koers.trajectory.TrajectoryStore.Row;
import nl.koers.trajectory.api.StepKind;
import nl.koers.trajectory.api.TrajectoryStatus;
import nl.koers.trajectory.api.TrajectoryView;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a client's benefit ended, the client leaves the target group: open nominations are
 * withdrawn (their money released) and a running trajectory ends on the end date (not
 * before its start) with outcome {@code PAID_WORK} when the benefit ended for work,
 * {@code OTHER} for any other reason, without aftercare. After the client's transaction,
 * in one of its own; a repeated event finds nothing open and does nothing.
 */
@Component
class BenefitEndTrajectories {

	private final TrajectoryStore store;

	private final Budgets budgets;

	private final Clock clock;

	BenefitEndTrajectories(TrajectoryStore store, Budgets budgets, Clock clock) {
		this.store = store;
		this.budgets = budgets;
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
		TrajectoryOutcome outcome = outcome(event.reason());
		if (this.store.change(trajectory.id(), TrajectoryStatus.STARTED, null,
				new Change(TrajectoryStatus.ENDED, null, null, null, day, outcome, null, null))) {
			step(trajectory, StepKind.ENDED, day, trajectory.phase(), outcome, event);
			if (row.scheduleKind() == ScheduleKind.PHASES) {
				this.budgets.releasePhasesFrom(trajectory.id(), trajectory.phase() + 1);
			}
		}
	}

	static TrajectoryOutcome outcome(BenefitEndReason reason) {
		return reason == BenefitEndReason.WORK ? TrajectoryOutcome.PAID_WORK : TrajectoryOutcome.OTHER;
	}

	private void step(TrajectoryView trajectory, StepKind kind, LocalDate day, Integer phase, TrajectoryOutcome outcome,
			BenefitEnded event) {
		this.store.addStep(trajectory.id(), kind, day, phase, outcome, null, event.endedBy(), event.endedByName(),
				this.clock.instant());
	}

}
