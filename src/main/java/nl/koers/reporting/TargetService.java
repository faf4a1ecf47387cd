package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.reporting.api.NewTarget;
import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.reporting.api.Targets;
import nl.koers.route.api.RouteDurations;
import nl.koers.route.api.RoutePeriod.Kp4Exit;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets against realisation: a manager sets targets for a period, and every reader of
 * reports sees, for a date, how far each has come, in counts without names.
 */
@Service
class TargetService implements Targets {

	/** At most this many points in a target's line over time. */
	static final int MAX_POINTS = 24;

	private static final String HANDED_OVER = FlowStates.left(Kp4Exit.HANDOVER);

	private final TargetStore store;

	private final RouteCountStore counts;

	private final RouteDurations durations;

	private final RouteFlowService flows;

	private final ReportingPolicy policy;

	private final Clock clock;

	private final int threshold;

	TargetService(TargetStore store, RouteCountStore counts, RouteDurations durations, RouteFlowService flows,
			ReportingPolicy policy, Clock clock, @Value("${koers.reporting.suppression-threshold:5}") int threshold) {
		this.store = store;
		this.counts = counts;
		this.durations = durations;
		this.flows = flows;
		this.policy = policy;
		this.clock = clock;
		this.threshold = threshold;
	}

	@Override
	@Transactional
	public UUID set(CurrentUser user, NewTarget target) {
		this.policy.requireSetTargets(user);
		check(target);
		NewTarget kept = target.measure() == TargetMeasure.TIME_IN_ROUTE ? target : new NewTarget(target.measure(),
				target.unit(), target.value(), null, null, target.from(), target.until());
		return this.store.insert(user.municipalityId(), kept, user.id(), Instant.now(this.clock));
	}

	@Transactional
	public void withdraw(CurrentUser user, UUID id) {
		this.policy.requireSetTargets(user);
		if (!this.store.withdraw(user.municipalityId(), id, user.id(), Instant.now(this.clock))) {
			throw new NotFoundException("target");
		}
	}

	/**
	 * Every target of the user's municipality whose period has begun by the date, against
	 * its realisation on that date (or on the last day of a period already over).
	 */
	@Transactional(readOnly = true)
	public List<TargetRealisation> on(CurrentUser user, LocalDate date) {
		this.policy.requireRead(user);
		return on(user.municipalityId(), date);
	}

	/**
	 * Every target whose period has begun by the date, each as its realisation over time:
	 * on the first day of its period, then monthly (quarterly, or yearly, when that would
	 * give more than {@value #MAX_POINTS} points), the last point on the day
	 * {@link #on(CurrentUser, LocalDate)} measures it.
	 */
	@Transactional(readOnly = true)
	public List<List<TargetRealisation>> lines(CurrentUser user, LocalDate date) {
		this.policy.requireRead(user);
		return this.store.targets(user.municipalityId())
			.stream()
			.filter(target -> !target.from().isAfter(date))
			.map(target -> series(user.municipalityId(), target, date))
			.toList();
	}

	/**
	 * The smallest count shown.
	 */
	int threshold() {
		return this.threshold;
	}

	List<TargetRealisation> on(UUID municipalityId, LocalDate date) {
		return this.store.targets(municipalityId)
			.stream()
			.filter(target -> !target.from().isAfter(date))
			.map(target -> realisation(municipalityId, target, date))
			.toList();
	}

	List<TargetRealisation> series(UUID municipalityId, Target target, LocalDate date) {
		LocalDate last = target.measuredOn(date);
		long months = target.from().withDayOfMonth(1).until(last).toTotalMonths();
		int step = months <= MAX_POINTS ? 1 : months <= 3L * MAX_POINTS ? 3 : 12;
		List<TargetRealisation> points = new ArrayList<>();
		points.add(realisation(municipalityId, target, target.from()));
		for (LocalDate day = target.from().withDayOfMonth(1).plusMonths(step); day
			.isBefore(last); day = day.plusMonths(step)) {
			points.add(realisation(municipalityId, target, day));
		}
		if (last.isAfter(target.from())) {
			points.add(realisation(municipalityId, target, last));
		}
		return points;
	}

	private TargetRealisation realisation(UUID municipalityId, Target target, LocalDate date) {
		LocalDate day = target.measuredOn(date);
		long reached = switch (target.measure()) {
			case PAID_WORK, SOCIAL_ACTIVATION ->
				this.store.reached(municipalityId, List.copyOf(target.measure().outcomes()), target.from(), day);
			case MOVED_TO_KP3 -> this.flows.moves(municipalityId, target.from(), day)
				.stream()
				.filter(flow -> flow.to().equals(HANDED_OVER))
				.mapToLong(RouteFlows.FlowCount::count)
				.sum();
			case IN_TRAJECTORY_OR_GUIDANCE -> this.store.engaged(municipalityId, day);
			case TIME_IN_ROUTE -> this.durations.longerThan(municipalityId, target.route(), day, target.maxDays());
		};
		long base = switch (target.measure()) {
			case PAID_WORK, SOCIAL_ACTIVATION, MOVED_TO_KP3 ->
				this.counts.counts(municipalityId, target.from()).total();
			case IN_TRAJECTORY_OR_GUIDANCE -> this.counts.counts(municipalityId, day).total();
			case TIME_IN_ROUTE -> this.counts.counts(municipalityId, day).count(target.route());
		};
		return TargetRealisation.of(target, day, reached, base, this.threshold);
	}

	private static void check(NewTarget target) {
		if (target.until().isBefore(target.from())) {
			throw new InvalidFieldException("until", "report.period.order");
		}
		if (target.from().plusYears(10).isBefore(target.until())) {
			throw new InvalidFieldException("until", "report.target.tooLong");
		}
		if (target.unit() == TargetUnit.PERCENT && target.value().compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new InvalidFieldException("value", "report.target.percent");
		}
		if (target.measure() == TargetMeasure.TIME_IN_ROUTE && target.route() == null) {
			throw new InvalidFieldException("route", "report.target.route");
		}
		if (target.measure() == TargetMeasure.TIME_IN_ROUTE && target.maxDays() == null) {
			throw new InvalidFieldException("maxDays", "report.target.maxDays");
		}
	}

}
