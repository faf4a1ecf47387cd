package nl.koers.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many clients reached each outcome in a period, from every end that carried one (a
 * trajectory, a referral, a KP4 route period). A client counts once per outcome, however
 * often they reached it. Counts only; callers leave small numbers out.
 */
@Service
class OutcomeService {

	private final JdbcClient jdbc;

	private final ReportingPolicy policy;

	OutcomeService(JdbcClient jdbc, ReportingPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/**
	 * Per outcome (every outcome present) the clients who reached it from {@code from} to
	 * {@code until}, both inclusive.
	 */
	@Transactional(readOnly = true)
	public Map<Outcome, Long> reached(CurrentUser user, LocalDate from, LocalDate until) {
		this.policy.requireRead(user);
		RouteReportService.checkPeriod(from, until);
		return reached(user.municipalityId(), from, until);
	}

	Map<Outcome, Long> reached(UUID municipalityId, LocalDate from, LocalDate until) {
		Map<Outcome, Long> reached = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			reached.put(outcome, 0L);
		}
		this.jdbc.sql("""
				select outcome, count(distinct client_id) from client_outcome
				where municipality_id = ? and reached_on >= ? and reached_on <= ?
				group by outcome""")
			.params(municipalityId, from, until)
			.query((rs, row) -> reached.put(Outcome.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return reached;
	}

}
