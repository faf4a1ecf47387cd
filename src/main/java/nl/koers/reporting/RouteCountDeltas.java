package nl.koers.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

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
		Map<Key, Integer> moved = new TreeMap<>(Key.ORDER);
		this.jdbc.sql("delete from route_count_pending where municipality_id = ? returning day, route, delta")
			.param(municipalityId)
			.query((rs, n) -> moved.merge(
					new Key(rs.getObject("day", LocalDate.class), Route.valueOf(rs.getString("route"))),
					rs.getInt("delta"), Integer::sum))
			.list();
		moved.forEach((key, delta) -> {
			if (delta != 0) {
				apply(municipalityId, key, delta);
			}
		});
	}

	private void apply(UUID municipalityId, Key key, int delta) {
		this.jdbc.sql("insert into route_count_delta (municipality_id, day, route, delta) values (?, ?, ?, ?) "
				+ "on conflict (municipality_id, day, route) do update set delta = route_count_delta.delta + excluded.delta")
			.params(municipalityId, key.day(), key.route().name(), delta)
			.update();
		this.jdbc.sql("delete from route_count_delta where municipality_id = ? and day = ? and route = ? and delta = 0")
			.params(municipalityId, key.day(), key.route().name())
			.update();
		this.jdbc.sql(
				"update route_count_year set count = count + ? where municipality_id = ? and route = ? and year_start > ?")
			.params(delta, municipalityId, key.route().name(), key.day())
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
