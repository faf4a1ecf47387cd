package nl.koers.route.api;

import java.time.LocalDate;

/**
 * A client's route from a day (inclusive) until a day (exclusive, {@code null} while
 * open), as currently known.
 *
 * @param route the route
 * @param from the first day on the route
 * @param until the first day no longer on it, or {@code null}
 */
public record RoutePeriod(Route route, LocalDate from, LocalDate until) {

	public boolean covers(LocalDate date) {
		return !date.isBefore(this.from) && (this.until == null || date.isBefore(this.until));
	}

}
