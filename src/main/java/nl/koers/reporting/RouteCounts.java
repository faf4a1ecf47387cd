package nl.koers.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.koers.route.api.Route;

/**
 * How many clients of a municipality were on each KP4 route on a reference date. Shown
 * without names, counts below the threshold are {@code null} and named in
 * {@code suppressed} ({@code counts.<route>} or {@code total}), and so is one more count
 * when the others would give a left-out count away.
 *
 * @param date the reference date
 * @param counts per route, every route present; {@code null} when left out
 * @param total the number of KP4 clients; {@code null} when left out
 * @param suppressed the counts left out
 * @param threshold the smallest count shown (0 when nothing is left out on purpose)
 */
record RouteCounts(LocalDate date, Map<Route, Long> counts, Long total, List<String> suppressed, int threshold) {

	static RouteCounts of(LocalDate date, Map<Route, Long> found) {
		Map<Route, Long> counts = counts(found);
		return new RouteCounts(date, counts, counts.values().stream().mapToLong(Long::longValue).sum(), List.of(), 0);
	}

	/**
	 * The counts with a total that is not their sum (households).
	 */
	static RouteCounts of(LocalDate date, Map<Route, Long> found, long total) {
		return new RouteCounts(date, counts(found), total, List.of(), 0);
	}

	/**
	 * The count of the route; {@code null} when left out.
	 */
	public Long count(Route route) {
		return this.counts.get(route);
	}

	private static Map<Route, Long> counts(Map<Route, Long> found) {
		Map<Route, Long> counts = new EnumMap<>(Route.class);
		for (Route route : Route.values()) {
			counts.put(route, found.getOrDefault(route, 0L));
		}
		return counts;
	}

}
