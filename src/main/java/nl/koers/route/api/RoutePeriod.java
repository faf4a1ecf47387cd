package nl.koers.route.api;

import java.time.LocalDate;

import nl.koers.client.api.Outcome;

/**
 * A client's route from a day (inclusive) until a day (exclusive, {@code null} while
 * open), as currently known.
 *
 * @param route the route
 * @param from the first day on the route
 * @param until the first day no longer on it, or {@code null}
 * @param exit how the client left KP4 on {@code until}; {@code null} while open or when
 * another route follows
 * @param outcome what became of the client when the period ended, as recorded with the
 * change, profile decision or handover that ended it (an outflow: the outcome its benefit
 * end reason implies); {@code null} while open or when none was recorded
 */
public record RoutePeriod(Route route, LocalDate from, LocalDate until, Kp4Exit exit, Outcome outcome) {

	/**
	 * A period that is open or followed by another route, without a recorded outcome.
	 */
	public RoutePeriod(Route route, LocalDate from, LocalDate until) {
		this(route, from, until, null, null);
	}

	/**
	 * A period without a recorded outcome.
	 */
	public RoutePeriod(Route route, LocalDate from, LocalDate until, Kp4Exit exit) {
		this(route, from, until, exit, null);
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(this.from) && (this.until == null || date.isBefore(this.until));
	}

	/**
	 * The ways a client leaves KP4.
	 */
	public enum Kp4Exit {

		/** handed over towards KP3 */
		HANDOVER,

		/** a profile decision other than KP4 */
		PROFILE,

		/** the benefit ended (outflow) */
		BENEFIT

	}

}
