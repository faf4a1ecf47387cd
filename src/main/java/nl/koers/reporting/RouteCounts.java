package nl.koers.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import nl.koers.route.api.Route;

/**
 * How many clients of a municipality were on each KP4 route on a reference date.
 *
 * @param date the reference date
 * @param counts per route, every route present
 * @param total the number of KP4 clients
 */
record RouteCounts(LocalDate date, Map<Route, Long> counts, long total) {

	static RouteCounts of(LocalDate date, Map<Route, Long> found) {
		Map<Route, Long> counts = new EnumMap<>(Route.class);
		for (Route route : Route.values()) {
			counts.put(route, found.getOrDefault(route, 0L));
		}
		return new RouteCounts(date, counts, counts.values().stream().mapToLong(Long::longValue).sum());
	}

	public long count(Route route) {
		return this.counts.get(route);
	}

}
