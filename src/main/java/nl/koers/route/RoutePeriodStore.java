package nl.koers.route;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The route periods as currently known, kept in step with the events for selections and
 * reports.
 */
@Component
class RoutePeriodStore {

	private final JdbcClient jdbc;

	RoutePeriodStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the other changes of the client's route history wait until the caller's
	 * transaction ends: a transaction-scoped advisory lock keyed by the client id, in a
	 * key space of its own ({@code hashtext('route.client')}), so that two changes cannot
	 * both be checked against the history without the other.
	 */
	void lockClient(UUID clientId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('route.client'), hashtext(cast(? as text)))")
			.param(clientId)
			.query((rs, row) -> row)
			.single();
	}

	void replace(UUID clientId, UUID municipalityId, List<RoutePeriod> periods) {
		this.jdbc.sql("delete from route_period where client_id = ?").param(clientId).update();
		for (RoutePeriod period : periods) {
			this.jdbc
				.sql("insert into route_period (client_id, municipality_id, route, valid_from, valid_until) "
						+ "values (?, ?, ?, ?, ?)")
				.params(clientId, municipalityId, period.route().name(), period.from(), period.until())
				.update();
		}
	}

	List<UUID> clientsOnRoute(UUID municipalityId, LocalDate date) {
		return this.jdbc
			.sql("select client_id from route_period where municipality_id = ? and valid_from <= ? "
					+ "and (valid_until is null or valid_until > ?) order by client_id")
			.params(municipalityId, date, date)
			.query(UUID.class)
			.list();
	}

	Optional<Route> routeOn(UUID clientId, LocalDate date) {
		return this.jdbc
			.sql("select route from route_period where client_id = ? and valid_from <= ? "
					+ "and (valid_until is null or valid_until > ?)")
			.params(clientId, date, date)
			.query((rs, row) -> Route.valueOf(rs.getString("route")))
			.optional();
	}

	Map<UUID, Route> routesOn(UUID municipalityId, LocalDate date) {
		Map<UUID, Route> routes = new HashMap<>();
		this.jdbc
			.sql("select client_id, route from route_period where municipality_id = ? and valid_from <= ? "
					+ "and (valid_until is null or valid_until > ?)")
			.params(municipalityId, date, date)
			.query((rs, row) -> routes.put(rs.getObject("client_id", UUID.class), Route.valueOf(rs.getString("route"))))
			.list();
		return routes;
	}

}
