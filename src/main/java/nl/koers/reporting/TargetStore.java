package nl.koers.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.client.api.Outcome;
import nl.koers.reporting.api.NewTarget;
import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.route.api.Route;
import nl.koers.system.Ids;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The targets, and the counts their realisation is made of: outcomes reached, clients in
 * a trajectory or in guidance.
 */
@Repository
class TargetStore {

	private final JdbcClient jdbc;

	TargetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID municipalityId, NewTarget target, UUID by, Instant at) {
		UUID id = Ids.next();
		this.jdbc.sql("""
				insert into target (id, municipality_id, measure, unit, value, route, max_days, valid_from, valid_until,
				                    created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, municipalityId, target.measure().name(), target.unit().name(), target.value(),
					target.route() == null ? null : target.route().name(), target.maxDays(), target.from(),
					target.until(), by, Timestamp.from(at))
			.update();
		return id;
	}

	boolean withdraw(UUID municipalityId, UUID id, UUID by, Instant at) {
		return this.jdbc.sql("""
				update target set withdrawn_by = ?, withdrawn_at = ?
				where id = ? and municipality_id = ? and withdrawn_at is null""")
			.params(by, Timestamp.from(at), id, municipalityId)
			.update() == 1;
	}

	/**
	 * The targets not withdrawn, by period and measure.
	 */
	List<Target> targets(UUID municipalityId) {
		return this.jdbc.sql("""
				select id, measure, unit, value, route, max_days, valid_from, valid_until from target
				where municipality_id = ? and withdrawn_at is null
				order by valid_from, valid_until, measure, id""")
			.param(municipalityId)
			.query(TargetStore::target)
			.list();
	}

	Optional<Target> target(UUID municipalityId, UUID id) {
		return this.jdbc.sql("""
				select id, measure, unit, value, route, max_days, valid_from, valid_until from target
				where municipality_id = ? and id = ? and withdrawn_at is null""")
			.params(municipalityId, id)
			.query(TargetStore::target)
			.optional();
	}

	/**
	 * The clients who reached one of the outcomes from {@code from} to {@code until}
	 * (both inclusive), each once.
	 */
	long reached(UUID municipalityId, List<Outcome> outcomes, LocalDate from, LocalDate until) {
		return this.jdbc.sql("""
				select count(distinct client_id) from client_outcome
				where municipality_id = ? and reached_on >= ? and reached_on <= ? and outcome = any (?)""")
			.params(municipalityId, from, until, outcomes.stream().map(Outcome::name).toArray(String[]::new))
			.query(Long.class)
			.single();
	}

	/**
	 * The clients in a started trajectory or a started referral on the date, each once.
	 */
	long engaged(UUID municipalityId, LocalDate date) {
		return this.jdbc.sql("""
				select count(distinct client_id) from engagement_period
				where municipality_id = ? and valid_from <= ? and (valid_until is null or valid_until > ?)""")
			.params(municipalityId, date, date)
			.query(Long.class)
			.single();
	}

	private static Target target(ResultSet rs, int row) throws SQLException {
		String route = rs.getString("route");
		Integer maxDays = rs.getObject("max_days", Integer.class);
		return new Target(rs.getObject("id", UUID.class), TargetMeasure.valueOf(rs.getString("measure")),
				TargetUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("value"),
				route == null ? null : Route.valueOf(route), maxDays, rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class));
	}

}
