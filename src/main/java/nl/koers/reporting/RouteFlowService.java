package nl.koers.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.reporting.RouteFlows.FlowCount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flows report: the stocks at the start and end of a period from the route counts,
 * the moves in between from {@code route_flow_day} and what is still pending, small
 * numbers left out. Counts only, no personal data.
 */
@Service
class RouteFlowService {

	private final JdbcClient jdbc;

	private final RouteCountStore counts;

	private final ReportingPolicy policy;

	private final int threshold;

	RouteFlowService(JdbcClient jdbc, RouteCountStore counts, ReportingPolicy policy,
			@Value("${koers.reporting.suppression-threshold:5}") int threshold) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.policy = policy;
		this.threshold = threshold;
	}

	@Transactional(readOnly = true)
	public RouteFlows flows(CurrentUser user, LocalDate from, LocalDate until) {
		this.policy.requireRead(user);
		RouteReportService.checkPeriod(from, until);
		return SmallNumbers.suppress(flows(user.municipalityId(), from, until), this.threshold);
	}

	/**
	 * All counts, none left out: for the tests' recount and the measurements.
	 */
	RouteFlows flows(UUID municipalityId, LocalDate from, LocalDate until) {
		return new RouteFlows(from, until, this.counts.counts(municipalityId, from.minusDays(1)).counts(),
				this.counts.counts(municipalityId, until).counts(), moves(municipalityId, from, until), List.of(), 0);
	}

	/**
	 * The moves from state to state from {@code from} to {@code until} (both inclusive),
	 * folded and still pending, in the report's order; none left out.
	 */
	List<FlowCount> moves(UUID municipalityId, LocalDate from, LocalDate until) {
		return this.jdbc.sql("""
				select source, target, sum(n) as count from (
				    select source, target, count as n from route_flow_day
				    where municipality_id = ? and day >= ? and day <= ?
				    union all
				    select source, target, delta from route_flow_pending
				    where municipality_id = ? and day >= ? and day <= ?) moves
				group by source, target having sum(n) <> 0""")
			.params(municipalityId, from, until, municipalityId, from, until)
			.query((rs, row) -> new FlowCount(rs.getString("source"), rs.getString("target"), rs.getLong("count")))
			.list()
			.stream()
			.sorted(Comparator.comparing((FlowCount flow) -> FlowStates.ORDER.indexOf(flow.from()))
				.thenComparing(flow -> FlowStates.ORDER.indexOf(flow.to())))
			.toList();
	}

}
