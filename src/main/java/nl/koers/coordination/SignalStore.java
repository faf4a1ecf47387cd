package nl.koers.coordination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.coordination.api.FollowUp;
import nl.koers.coordination.api.NewSignal;
import nl.koers.coordination.api.Signal;
import nl.koers.coordination.api.SignalFollowUp;
import nl.koers.coordination.api.SignalKind;
import nl.koers.coordination.api.SignalStatus;
import nl.koers.coordination.api.Signals;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signals and their follow-ups in plain SQL; signals newest first, follow-ups in the
 * order they were recorded.
 */
@Repository
class SignalStore {

	private static final String SELECT = "select id, client_id, kind, observation, observed_on, status, "
			+ "raised_by_name, raised_at from coordination_signal where municipality_id = ?";

	private final JdbcClient jdbc;

	SignalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID raise(CurrentUser user, UUID clientId, NewSignal form, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into coordination_signal (id, municipality_id, client_id, kind, observation, observed_on, "
					+ "status, raised_by_id, raised_by_name, raised_at) values (?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?)")
			.params(id, user.municipalityId(), clientId, form.kind().name(), form.observation().strip(),
					form.observedOn(), user.id(), user.displayName(), Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * A page of signals; {@code raisedBy} narrows it when given, {@code open} leaves out
	 * closed signals.
	 */
	List<Signal> page(UUID municipalityId, UUID raisedBy, boolean open, Instant afterAt, UUID afterId, int limit) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		SqlConditions.filter(sql, args, "raised_by_id", raisedBy);
		if (open) {
			sql.append(" and status <> 'CLOSED'");
		}
		SqlConditions.after(sql, args, "raised_at", afterAt, afterId);
		sql.append(" order by raised_at desc, id limit ?");
		args.add(limit);
		return this.jdbc.sql(sql.toString()).params(args).query(SignalStore::signal).list();
	}

	Optional<Signal> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(SELECT + " and id = ?").params(municipalityId, id).query(SignalStore::signal).optional();
	}

	List<Signal> ofClient(UUID municipalityId, UUID clientId) {
		return this.jdbc.sql(SELECT + " and client_id = ? order by raised_at desc, id")
			.params(municipalityId, clientId)
			.query(SignalStore::signal)
			.list();
	}

	List<FollowUp> followUps(UUID signalId) {
		return this.jdbc
			.sql("select noted_on, status, note, author_name, recorded_at from coordination_follow_up "
					+ "where signal_id = ? order by id")
			.param(signalId)
			.query((rs, row) -> new FollowUp(rs.getObject("noted_on", LocalDate.class),
					SignalStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("author_name"),
					SqlRows.instant(rs, "recorded_at")))
			.list();
	}

	void followUp(UUID signalId, SignalFollowUp form, CurrentUser author, Instant now) {
		this.jdbc
			.sql("insert into coordination_follow_up (signal_id, noted_on, status, note, author_id, author_name, "
					+ "recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(signalId, form.notedOn(), form.status().name(), form.note().strip(), author.id(),
					author.displayName(), Timestamp.from(now))
			.update();
		this.jdbc.sql("update coordination_signal set status = ? where id = ?")
			.params(form.status().name(), signalId)
			.update();
	}

	private static Signal signal(ResultSet rs, int row) throws SQLException {
		return new Signal(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), null,
				SignalKind.valueOf(rs.getString("kind")), rs.getString("observation"),
				rs.getObject("observed_on", LocalDate.class), SignalStatus.valueOf(rs.getString("status")),
				rs.getString("raised_by_name"), SqlRows.instant(rs, "raised_at"), List.of());
	}

}
