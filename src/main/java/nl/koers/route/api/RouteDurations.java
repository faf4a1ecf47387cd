package nl.koers.route.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How long clients have been on a route: counts only, for the targets on the time in a
 * route (such as at most 90 days in investigation).
 */
public interface RouteDurations {

	/**
	 * How many clients of the municipality were on the route on the date and had been on
	 * it for more than {@code days} days by then.
	 */
	long longerThan(UUID municipalityId, Route route, LocalDate date, int days);

}
