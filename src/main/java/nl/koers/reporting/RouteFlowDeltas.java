package nl.koers.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.RoutePeriodsImported;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code route_flow_day} in step with the route periods, as
 * {@link RouteCountDeltas} does for the counts: a change appends the difference between
 * the flows of the periods before and after it to {@code route_flow_pending}, and one
 * writer at a time per municipality folds the pending rows into the days. A back-dated
 * change or a correction thus moves past flows too.
 */
@Component
class RouteFlowDeltas {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	RouteFlowDeltas(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = new TransactionTemplate(transactions);
	}

	@ApplicationModuleListener
	void on(RoutePeriodsChanged change) {
		append(change.municipalityId(), deltas(change.before(), change.after()));
	}

	@ApplicationModuleListener
	void on(RoutePeriodsImported imported) {
		Map<Flow, Integer> sum = new HashMap<>();
		imported.changes()
			.forEach(change -> deltas(change.before(), change.after())
				.forEach((flow, delta) -> sum.merge(flow, delta, Integer::sum)));
		sum.values().removeIf(delta -> delta == 0);
		append(imported.municipalityId(), sum);
	}

	@SchedulerLock(name = "reporting.fold-flows", lockAtMostFor = "PT1M")
	@Scheduled(fixedDelayString = "${koers.reporting.fold-interval:PT5S}", initialDelayString = "PT5S")
	void foldPending() {
		this.jdbc.sql("select distinct municipality_id from route_flow_pending")
			.query(UUID.class)
			.list()
			.forEach(municipalityId -> this.transaction.executeWithoutResult(status -> foldIfFree(municipalityId)));
	}

	/**
	 * What a change of periods does to the flows: per day and pair of states, how many
	 * moves more (or fewer); pairs without a difference are left out.
	 */
	static Map<Flow, Integer> deltas(List<RoutePeriod> before, List<RoutePeriod> after) {
		Map<Flow, Integer> deltas = new HashMap<>();
		Flow.of(before).forEach(flow -> deltas.merge(flow, -1, Integer::sum));
		Flow.of(after).forEach(flow -> deltas.merge(flow, 1, Integer::sum));
		deltas.values().removeIf(delta -> delta == 0);
		return deltas;
	}

	private void append(UUID municipalityId, Map<Flow, Integer> deltas) {
		if (deltas.isEmpty()) {
			return;
		}
		List<Map.Entry<Flow, Integer>> rows = new ArrayList<>(deltas.entrySet());
		this.template.batchUpdate(
				"insert into route_flow_pending (municipality_id, day, source, target, delta) values (?, ?, ?, ?, ?)",
				rows, rows.size(), (statement, row) -> {
					statement.setObject(1, municipalityId);
					statement.setObject(2, row.getKey().day());
					statement.setString(3, row.getKey().source());
					statement.setString(4, row.getKey().target());
					statement.setInt(5, row.getValue());
				});
		foldIfFree(municipalityId);
	}

	/**
	 * Moves the municipality's pending rows into the days when no one else is doing so;
	 * the lock is held until the caller's transaction ends.
	 */
	private void foldIfFree(UUID municipalityId) {
		boolean locked = this.jdbc
			.sql("select pg_try_advisory_xact_lock(hashtext('reporting.route_flow'), hashtext(cast(? as text)))")
			.param(municipalityId)
			.query(Boolean.class)
			.single();
		if (!locked) {
			return;
		}
		this.jdbc.sql("""
				with moved as (
				    delete from route_flow_pending where municipality_id = :municipality
				    returning day, source, target, delta)
				insert into route_flow_day (municipality_id, day, source, target, count)
				select :municipality, day, source, target, sum(delta)::int from moved
				group by day, source, target having sum(delta) <> 0
				on conflict (municipality_id, day, source, target)
				    do update set count = route_flow_day.count + excluded.count""")
			.param("municipality", municipalityId)
			.update();
		this.jdbc.sql("delete from route_flow_day where municipality_id = ? and count = 0")
			.param(municipalityId)
			.update();
	}

	/**
	 * Clients moving on a day from one state to another ({@link FlowStates}).
	 */
	record Flow(LocalDate day, String source, String target) {

		/**
		 * The flows of one client's periods: each period starts after the one that ends
		 * that day or as new in KP4, and a period no other follows ends by the way the
		 * client left (a profile decision when not known).
		 */
		static List<Flow> of(List<RoutePeriod> periods) {
			List<Flow> flows = new ArrayList<>();
			for (RoutePeriod period : periods) {
				RoutePeriod previous = periods.stream()
					.filter(other -> period.from().equals(other.until()))
					.findFirst()
					.orElse(null);
				flows.add(new Flow(period.from(), previous == null ? FlowStates.NEW : previous.route().name(),
						period.route().name()));
				boolean followed = periods.stream().anyMatch(other -> other.from().equals(period.until()));
				if (period.until() != null && !followed) {
					RoutePeriod.Kp4Exit exit = period.exit() == null ? RoutePeriod.Kp4Exit.PROFILE : period.exit();
					flows.add(new Flow(period.until(), period.route().name(), FlowStates.left(exit)));
				}
			}
			return flows;
		}

	}

}
