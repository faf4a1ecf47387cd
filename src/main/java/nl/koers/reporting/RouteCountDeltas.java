package nl.koers.reporting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import nl.koers.route.Route;
import nl.koers.route.RoutePeriod;
import nl.koers.route.RoutePeriodsChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code route_count_delta} in step with the route periods: a period adds one on
 * its first day and takes one away on the day it ends. Runs inside the transaction that
 * changed the periods, so a report never sees one without the other.
 */
@Component
class RouteCountDeltas {

	private final JdbcClient jdbc;

	RouteCountDeltas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(RoutePeriodsChanged change) {
		Map<Key, Integer> deltas = new TreeMap<>(Key.ORDER);
		change.before().forEach(period -> add(deltas, period, -1));
		change.after().forEach(period -> add(deltas, period, 1));
		deltas.forEach((key, delta) -> {
			if (delta != 0) {
				apply(change, key, delta);
			}
		});
	}

	private void apply(RoutePeriodsChanged change, Key key, int delta) {
		this.jdbc.sql("insert into route_count_delta (municipality_id, day, route, delta) values (?, ?, ?, ?) "
				+ "on conflict (municipality_id, day, route) do update set delta = route_count_delta.delta + excluded.delta")
			.params(change.municipalityId(), key.day(), key.route().name(), delta)
			.update();
		this.jdbc.sql("delete from route_count_delta where municipality_id = ? and day = ? and route = ? and delta = 0")
			.params(change.municipalityId(), key.day(), key.route().name())
			.update();
	}

	private static void add(Map<Key, Integer> deltas, RoutePeriod period, int sign) {
		deltas.merge(new Key(period.from(), period.route()), sign, Integer::sum);
		if (period.until() != null) {
			deltas.merge(new Key(period.until(), period.route()), -sign, Integer::sum);
		}
	}

	/**
	 * Rows are always touched in this order, so that concurrent changes in one
	 * municipality wait for each other instead of deadlocking.
	 */
	private record Key(LocalDate day, Route route) {

		static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparing(Key::route);

	}

}
