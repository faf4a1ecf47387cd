package nl.koers.route;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.route.api.Route;
import nl.koers.route.api.RouteDurations;
import nl.koers.system.Open;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts clients by their time on a route from the route periods.
 */
@Service
class RouteDurationService implements RouteDurations {

	private final JdbcClient jdbc;

	RouteDurationService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	@Open("counts only, for the reports, which ask their own policy for the caller's municipality")
	public long longerThan(UUID municipalityId, Route route, LocalDate date, int days) {
		return this.jdbc.sql("""
				select count(*) from route_period
				where municipality_id = ? and route = ? and valid_from < ?
				  and (valid_until is null or valid_until > ?)""")
			.params(municipalityId, route.name(), date.minusDays(days), date)
			.query(Long.class)
			.single();
	}

}
