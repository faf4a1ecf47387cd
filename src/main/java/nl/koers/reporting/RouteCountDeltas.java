package nl.koers.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.RoutePeriodsImported;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code route_count_delta} and the yearly snapshots in {@code route_count_year} in
 * step with the route periods: a period adds one on its first day and takes one away on
 * the day it ends. Runs after the route change has committed, in a transaction of its
 * own, with the publication kept in the event publication registry until it succeeds. An
 * attempt applies the whole change or nothing, so a retry after a failed attempt counts
 * the change once.
 *
 * <p>
 * A change only adds rows to {@code route_count_pending}, which no other writer touches,
 * so the route changes of a municipality never queue behind the same delta and snapshot
 * rows. The pending rows are then folded into the per-day deltas and the snapshots by one
 * writer at a time per municipality: whoever gets the municipality's fold lock without
 * waiting (the change itself, usually), or else the next change or the scheduled fold a
 * few seconds later. {@link RouteCountStore} adds the rows still pending, so the counts
 * are exact at every moment.
 */
@Component
class RouteCountDeltas {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	RouteCountDeltas(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2060;

	@ApplicationModuleListener
	void on(RoutePeriodsChanged change) {
		UUID municipalityId = change.municipalityId();
		deltas(change.before(), change.after()).forEach((key, delta) -> this.jdbc
			.sql("insert into route_count_pending (municipality_id, day, route, delta) values (?, ?, ?, ?)")
			.params(municipalityId, key.day(), key.route().name(), delta)
			.update());
		foldIfFree(municipalityId);
	}

	/**
	 * An import's first periods of many clients: their deltas added up per day and route
	 * first, so that a batch of clients costs a few rows and one fold.
	 */
	@ApplicationModuleListener
	void on(RoutePeriodsImported imported) {
		Map<Key, Integer> sum = new TreeMap<>(Key.ORDER);
		imported.changes()
			.forEach(change -> deltas(change.before(), change.after())
				.forEach((key, delta) -> sum.merge(key, delta, Integer::sum)));
		sum.values().removeIf(delta -> delta == 0);
		sum.forEach((key, delta) -> this.jdbc
			.sql("insert into route_count_pending (municipality_id, day, route, delta) values (?, ?, ?, ?)")
			.params(imported.municipalityId(), key.day(), key.route().name(), delta)
			.update());
		foldIfFree(imported.municipalityId());
	}

	/**
	 * Folds what is pending in every municipality whose fold lock is free, so that the
	 * pending rows stay few when the last change of a burst found the lock taken.
	 */
	@SchedulerLock(name = "reporting.fold-pending", lockAtMostFor = "PT1M")
	@Scheduled(fixedDelayString = "${koers.reporting.fold-interval:PT5S}", initialDelayString = "PT5S")
	void foldPending() {
		this.jdbc.sql("select distinct municipality_id from route_count_pending")
			.query(UUID.class)
			.list()
			.forEach(municipalityId -> this.transaction.executeWithoutResult(status -> foldIfFree(municipalityId)));
	}

	/**
	 * What a change of periods does to the counts: per day and route, how many clients
	 * more (or fewer) are on that route from that day on; days without a difference are
	 * left out. In {@link Key#ORDER}.
	 */
	static Map<Key, Integer> deltas(List<RoutePeriod> before, List<RoutePeriod> after) {
		Map<Key, Integer> deltas = new TreeMap<>(Key.ORDER);
		before.forEach(period -> add(deltas, period, -1));
		after.forEach(period -> add(deltas, period, 1));
		deltas.values().removeIf(delta -> delta == 0);
		return deltas;
	}

	/**
	 * Moves the municipality's pending rows into the deltas and snapshots when no one
	 * else is doing so; the lock is held until the caller's transaction ends, and the
	 * rows it moved disappear from the pending rows in the same commit.
	 */
	private void foldIfFree(UUID municipalityId) {
		boolean locked = this.jdbc
			.sql("select pg_try_advisory_xact_lock(hashtext('reporting.route_count'), hashtext(cast(? as text)))")
			.param(municipalityId)
			.query(Boolean.class)
			.single();
		if (!locked) {
			return;
		}
		ensureYears(municipalityId);
		// set-based: one statement however many days and routes are pending (an import's
		// batch
		// brings hundreds), then the per-day deltas that came to zero go
		this.jdbc.sql("""
				with moved as (
				    delete from route_count_pending where municipality_id = :municipality returning day, route, delta),
				summed as (
				    select day, route, sum(delta)::int as delta from moved group by day, route having sum(delta) <> 0),
				merged as (
				    insert into route_count_delta (municipality_id, day, route, delta)
				    select :municipality, day, route, delta from summed
				    on conflict (municipality_id, day, route)
				        do update set delta = route_count_delta.delta + excluded.delta
				    returning 1),
				years as (
				    update route_count_year y set count = y.count + s.delta
				    from (select y2.year_start, y2.route, sum(summed.delta)::int as delta
				          from route_count_year y2 join summed on summed.route = y2.route and y2.year_start > summed.day
				          where y2.municipality_id = :municipality
				          group by y2.year_start, y2.route) s
				    where y.municipality_id = :municipality and y.year_start = s.year_start and y.route = s.route
				    returning 1)
				select (select count(*) from merged) + (select count(*) from years)""")
			.param("municipality", municipalityId)
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from route_count_delta where municipality_id = ? and delta = 0")
			.param(municipalityId)
			.update();
	}

	/**
	 * A municipality's snapshots start at zero with its first route period.
	 */
	private void ensureYears(UUID municipalityId) {
		boolean present = this.jdbc.sql("select exists (select 1 from route_count_year where municipality_id = ?)")
			.param(municipalityId)
			.query(Boolean.class)
			.single();
		if (!present) {
			rebuildYears(municipalityId);
		}
	}

	/**
	 * Recomputes a municipality's yearly snapshots from its (folded) deltas.
	 */
	void rebuildYears(UUID municipalityId) {
		this.jdbc.sql("delete from route_count_year where municipality_id = ?").param(municipalityId).update();
		this.jdbc.sql("""
				insert into route_count_year (municipality_id, year_start, route, count)
				select ?, make_date(year, 1, 1), route,
				       coalesce((select sum(delta) from route_count_delta d
				                 where d.municipality_id = ? and d.route = routes.route
				                   and d.day < make_date(year, 1, 1)), 0)
				from generate_series(?, ?) year,
				     (values ('INVESTIGATION'), ('TOWARDS_KP3'), ('CARE_SUPPORT'), ('REST')) routes (route)
				on conflict do nothing""").params(municipalityId, municipalityId, FIRST_YEAR, LAST_YEAR).update();
	}

	private static void add(Map<Key, Integer> deltas, RoutePeriod period, int sign) {
		deltas.merge(new Key(period.from(), period.route()), sign, Integer::sum);
		if (period.until() != null) {
			deltas.merge(new Key(period.until(), period.route()), -sign, Integer::sum);
		}
	}

	/**
	 * Deltas are folded in this order.
	 */
	record Key(LocalDate day, Route route) {

		static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparing(Key::route);

	}

}
