package nl.koers.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import nl.koers.route.api.Route;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the counts per route from the yearly snapshots and the deltas that
 * {@link RouteCountDeltas} keeps.
 */
@Repository
class RouteCountStore {

	private final JdbcClient jdbc;

	RouteCountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The snapshot at the start of the date's year plus the changes since; outside the
	 * snapshot years, all changes up to the date. Plus the changes up to the date that
	 * are not yet folded into either (few: {@link RouteCountDeltas} folds them right
	 * after the change, or within seconds). One statement, so it sees a fold wholly or
	 * not at all.
	 */
	RouteCounts counts(UUID municipalityId, LocalDate date) {
		Map<Route, Long> found = new EnumMap<>(Route.class);
		boolean snapshot = date.getYear() >= RouteCountDeltas.FIRST_YEAR
				&& date.getYear() <= RouteCountDeltas.LAST_YEAR;
		LocalDate since = snapshot ? date.withDayOfYear(1) : LocalDate.of(1, 1, 1);
		this.jdbc.sql("""
				select route, sum(n) from (
				    select route, count as n from route_count_year where municipality_id = ? and year_start = ?
				    union all
				    select route, delta from route_count_delta where municipality_id = ? and day >= ? and day <= ?
				    union all
				    select route, delta from route_count_pending where municipality_id = ? and day <= ?
				) counts group by route""")
			.params(municipalityId, since, municipalityId, since, date, municipalityId, date)
			.query((rs, n) -> found.put(Route.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return RouteCounts.of(date, found);
	}

}
