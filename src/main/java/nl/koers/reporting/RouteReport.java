package nl.koers.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.Route;
import nl.koers.system.InvalidFieldException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The number of clients per KP4 route on a reference date, for the caller's municipality.
 * Counts only, no personal data: managers may see it.
 */
@Service
public class RouteReport {

	static final int MAX_MONTHS = 120;

	private final JdbcClient jdbc;

	RouteReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public RouteCounts counts(CurrentUser user, LocalDate date) {
		requireReader(user);
		return counts(user.municipalityId(), date);
	}

	/**
	 * The counts on the first day of every month from {@code from} until {@code until}.
	 */
	@Transactional(readOnly = true)
	public List<RouteCounts> monthly(CurrentUser user, LocalDate from, LocalDate until) {
		requireReader(user);
		LocalDate first = from.withDayOfMonth(1);
		if (until.isBefore(first)) {
			throw new InvalidFieldException("until", "report.period.order");
		}
		if (first.plusMonths(MAX_MONTHS).isBefore(until)) {
			throw new InvalidFieldException("until", "report.period.tooLong");
		}
		List<RouteCounts> series = new ArrayList<>();
		for (LocalDate month = first; !month.isAfter(until); month = month.plusMonths(1)) {
			series.add(counts(user.municipalityId(), month));
		}
		return series;
	}

	/**
	 * The snapshot at the start of the date's year plus the changes since; outside the
	 * snapshot years, all changes up to the date.
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
				) counts group by route""")
			.params(municipalityId, since, municipalityId, since, date)
			.query((rs, n) -> found.put(Route.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return RouteCounts.of(date, found);
	}

	static boolean mayRead(CurrentUser user) {
		return user.hasAnyRole(Role.MANAGER, Role.COORDINATOR, Role.CONSULTANT, Role.CONTRACT_MANAGER);
	}

	private static void requireReader(CurrentUser user) {
		if (!mayRead(user)) {
			throw new AccessDeniedException(
					"reports are for managers, coordinators, consultants and contract managers");
		}
	}

}
