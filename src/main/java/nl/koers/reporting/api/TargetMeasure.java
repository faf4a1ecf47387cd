package nl.koers.reporting.api;

import java.util.EnumSet;
import java.util.Set;

import nl.koers.client.api.Outcome;

/**
 * What a target measures. Three count the clients who reached an outcome in the target's
 * period (a share of the KP4 clients on its first day); two are a state on a date (a
 * share of the KP4 clients, or of those on the route, on that date).
 */
public enum TargetMeasure {

	/**
	 * reached paid work (an ended trajectory, referral or route period, or outflow to
	 * work)
	 */
	PAID_WORK(EnumSet.of(Outcome.PAID_WORK)),

	/** reached social activation or volunteer work */
	SOCIAL_ACTIVATION(EnumSet.of(Outcome.SOCIAL_ACTIVATION, Outcome.VOLUNTEER_WORK)),

	/** in a started trajectory or a started referral (guidance) on the date */
	IN_TRAJECTORY_OR_GUIDANCE(EnumSet.noneOf(Outcome.class)),

	/** handed over towards KP3 */
	MOVED_TO_KP3(EnumSet.noneOf(Outcome.class)),

	/** on a route for longer than the target's maximum days on the date: a maximum */
	TIME_IN_ROUTE(EnumSet.noneOf(Outcome.class));

	private final Set<Outcome> outcomes;

	TargetMeasure(Set<Outcome> outcomes) {
		this.outcomes = outcomes;
	}

	/**
	 * The outcomes that count, for the two measures of outcomes reached.
	 */
	public Set<Outcome> outcomes() {
		return this.outcomes;
	}

	/**
	 * Counted over the period up to the date (reached), not on the date alone.
	 */
	public boolean cumulative() {
		return this == PAID_WORK || this == SOCIAL_ACTIVATION || this == MOVED_TO_KP3;
	}

	/**
	 * The target is a maximum: lower is better.
	 */
	public boolean maximum() {
		return this == TIME_IN_ROUTE;
	}

}
