package nl.koers.route;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.BenefitEndReason;
import nl.koers.route.api.Kp4Exits;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriodsChanged;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The route periods as currently known, kept in step with the events for selections and
 * reports.
 */
@Component
class RoutePeriodStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RoutePeriodStore(JdbcClient jdbc, JdbcTemplate template) {
		this.template = template;
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

	/**
	 * Which of these clients have route events (corrected or withdrawn ones included).
	 */
	Set<UUID> withHistory(Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select distinct client_id from route_event where client_id = any(?)")
			.params((Object) clientIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	/**
	 * Profile decisions and outflows of an import, for clients without history, in one
	 * batch.
	 */
	void insertEvents(List<RouteEvent> events) {
		this.template.batchUpdate(
				"insert into route_event (id, client_id, municipality_id, kind, profile, "
						+ "effective_date, reason, outcome, withdrawn, author_id, author_name, recorded_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?)",
				events, events.size(), (statement, event) -> {
					statement.setObject(1, event.getId());
					statement.setObject(2, event.getClientId());
					statement.setObject(3, event.getMunicipalityId());
					statement.setString(4, event.getKind().name());
					statement.setString(5, event.getProfile() == null ? null : event.getProfile().name());
					statement.setObject(6, event.getEffectiveDate());
					statement.setString(7, event.getReason());
					statement.setString(8, event.getOutcome() == null ? null : event.getOutcome().name());
					statement.setObject(9, event.getAuthorId());
					statement.setString(10, event.getAuthorName());
					statement.setTimestamp(11, Timestamp.from(event.getRecordedAt()));
				});
	}

	/**
	 * The first route period of each of these clients, who had none.
	 */
	void insertFirstPeriods(List<RoutePeriodsChanged> changes) {
		this.template.batchUpdate(
				"insert into route_period (client_id, municipality_id, route, valid_from, "
						+ "valid_until, outcome) values (?, ?, ?, ?, ?, ?)",
				changes, changes.size(), (statement, change) -> {
					RoutePeriod period = change.after().get(0);
					statement.setObject(1, change.clientId());
					statement.setObject(2, change.municipalityId());
					statement.setString(3, period.route().name());
					statement.setObject(4, period.from());
					statement.setObject(5, period.until());
					statement.setString(6, period.outcome() == null ? null : period.outcome().name());
				});
	}

	void replace(UUID clientId, UUID municipalityId, List<RoutePeriod> periods) {
		this.jdbc.sql("delete from route_period where client_id = ?").param(clientId).update();
		for (RoutePeriod period : periods) {
			this.jdbc
				.sql("insert into route_period (client_id, municipality_id, route, valid_from, valid_until, outcome) "
						+ "values (?, ?, ?, ?, ?, ?)")
				.params(clientId, municipalityId, period.route().name(), period.from(), period.until(),
						period.outcome() == null ? null : period.outcome().name())
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

	/**
	 * The KP4 periods of a municipality that ended in a period with no route following on
	 * the same day, by the effective event that ended them: an outflow (its reason), a
	 * handover, or else a profile decision.
	 */
	Kp4Exits exits(UUID municipalityId, LocalDate from, LocalDate until) {
		Map<String, Long> found = new HashMap<>();
		this.jdbc
			.sql("""
					select coalesce(case when e.kind = 'OUTFLOW' then e.reason else e.kind end, 'PROFILE') as way,
					       count(*) as n
					from route_period p
					left join lateral (
					    select x.kind, x.reason from route_event x
					    where x.client_id = p.client_id and x.effective_date = p.valid_until
					      and x.kind in ('OUTFLOW', 'HANDOVER') and not x.withdrawn
					      and not exists (select 1 from route_event c where c.corrects_id = x.id)
					    order by x.kind limit 1) e on true
					where p.municipality_id = ? and p.valid_until >= ? and p.valid_until <= ?
					  and not exists (select 1 from route_period n where n.client_id = p.client_id and n.valid_from = p.valid_until)
					group by 1""")
			.params(municipalityId, from, until)
			.query((rs, row) -> found.put(rs.getString("way"), rs.getLong("n")))
			.list();
		Map<BenefitEndReason, Long> outflow = new EnumMap<>(BenefitEndReason.class);
		for (BenefitEndReason reason : BenefitEndReason.values()) {
			outflow.put(reason, found.getOrDefault(reason.name(), 0L));
		}
		return Kp4Exits.of(from, until, outflow, found.getOrDefault("HANDOVER", 0L), found.getOrDefault("PROFILE", 0L));
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
