package nl.koers.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import nl.koers.identity.api.CurrentUser;
import nl.koers.reporting.api.NewTarget;
import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.reporting.api.Targets;
import nl.koers.route.api.Route;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Delft's targets for four years from the start of last year: a third of the KP4 clients
 * to paid work, a third to social activation, everyone in a trajectory or guidance; and
 * West Betuwe's: handovers towards KP3, and at most a tenth of the clients in
 * investigation for longer than 90 days.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoTargets implements DemoStep {

	private static final BigDecimal THIRD = new BigDecimal("33.3");

	private final Targets targets;

	private final Clock clock;

	DemoTargets(Targets targets, Clock clock) {
		this.targets = targets;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 120;
	}

	@Override
	public void load(DemoWorld world) {
		LocalDate from = LocalDate.now(this.clock).minusYears(1).withDayOfYear(1);
		LocalDate until = from.plusYears(4).minusDays(1);
		CurrentUser delft = world.actor("delft-manager");
		set(delft, TargetMeasure.PAID_WORK, THIRD, null, null, from, until);
		set(delft, TargetMeasure.SOCIAL_ACTIVATION, THIRD, null, null, from, until);
		set(delft, TargetMeasure.IN_TRAJECTORY_OR_GUIDANCE, new BigDecimal("100"), null, null, from, until);
		CurrentUser westBetuwe = world.actor("manager");
		set(westBetuwe, TargetMeasure.MOVED_TO_KP3, new BigDecimal("10"), null, null, from, until);
		set(westBetuwe, TargetMeasure.TIME_IN_ROUTE, new BigDecimal("10"), Route.INVESTIGATION, 90, from, until);
	}

	private void set(CurrentUser manager, TargetMeasure measure, BigDecimal value, Route route, Integer maxDays,
			LocalDate from, LocalDate until) {
		this.targets.set(manager, new NewTarget(measure, TargetUnit.PERCENT, value, route, maxDays, from, until));
	}

}
