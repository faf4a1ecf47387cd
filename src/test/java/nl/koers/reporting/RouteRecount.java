package nl.koers.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import nl.koers.route.api.Route;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The straightforward answer the route report must equal: the route periods of a
 * municipality that cover a date, counted per route (every route present, zero when
 * none).
 */
final class RouteRecount {

	private RouteRecount() {
	}

	static Map<Route, Long> of(JdbcClient jdbc, UUID municipality, LocalDate date) {
		Map<Route, Long> counts = new EnumMap<>(Route.class);
		for (Route route : Route.values()) {
			counts.put(route, 0L);
		}
		jdbc.sql("select route, count(*) from route_period where municipality_id = ? and valid_from <= ? "
				+ "and (valid_until is null or valid_until > ?) group by route")
			.params(municipality, date, date)
			.query((rs, n) -> counts.put(Route.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

}
