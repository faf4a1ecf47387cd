package nl.koers.coordination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.coordination.api.AdviceOrigin;
import nl.koers.coordination.api.AdviceRequest;
import nl.koers.coordination.api.AdviceStatus;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Advice requests in plain SQL, newest first.
 */
@Repository
class AdviceStore {

	private static final String SELECT = "select id, origin, client_id, question, asked_by_name, asked_at, status, "
			+ "answer, answered_by_name, answered_at from advice_request where municipality_id = ?";

	private final JdbcClient jdbc;

	AdviceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID ask(CurrentUser user, AdviceOrigin origin, String question, UUID clientId, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into advice_request (id, municipality_id, origin, client_id, organisation_id, question, "
					+ "asked_by_id, asked_by_name, asked_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')")
			.params(id, user.municipalityId(), origin.name(), clientId,
					origin == AdviceOrigin.INSTITUTION ? user.organisationId() : null, question, user.id(),
					user.displayName(), Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * A page of requests; {@code askedBy} and {@code organisationId} narrow it when
	 * given.
	 */
	List<AdviceRequest> page(UUID municipalityId, UUID askedBy, UUID organisationId, AdviceStatus status,
			Instant afterAt, UUID afterId, int limit) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		SqlConditions.filter(sql, args, "asked_by_id", askedBy);
		SqlConditions.filter(sql, args, "organisation_id", organisationId);
		SqlConditions.filter(sql, args, "status", status == null ? null : status.name());
		SqlConditions.after(sql, args, "asked_at", afterAt, afterId);
		sql.append(" order by asked_at desc, id limit ?");
		args.add(limit);
		return this.jdbc.sql(sql.toString()).params(args).query(AdviceStore::request).list();
	}

	Optional<AdviceRequest> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(SELECT + " and id = ?").params(municipalityId, id).query(AdviceStore::request).optional();
	}

	/**
	 * Who may see a request besides the coordinators: the asker, or the asking
	 * organisation.
	 */
	Optional<Asker> asker(UUID id) {
		return this.jdbc.sql("select asked_by_id, organisation_id from advice_request where id = ?")
			.param(id)
			.query((rs, row) -> new Asker(rs.getObject("asked_by_id", UUID.class),
					rs.getObject("organisation_id", UUID.class)))
			.optional();
	}

	List<AdviceRequest> ofClient(UUID municipalityId, UUID clientId) {
		return this.jdbc.sql(SELECT + " and client_id = ? order by asked_at desc, id")
			.params(municipalityId, clientId)
			.query(AdviceStore::request)
			.list();
	}

	void answer(UUID id, String answer, CurrentUser coordinator, Instant now) {
		this.jdbc
			.sql("update advice_request set status = 'ANSWERED', answer = ?, answered_by_id = ?, "
					+ "answered_by_name = ?, answered_at = ? where id = ?")
			.params(answer, coordinator.id(), coordinator.displayName(), Timestamp.from(now), id)
			.update();
	}

	void close(UUID id, Instant now) {
		this.jdbc.sql("update advice_request set status = 'CLOSED', closed_at = ? where id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	private static AdviceRequest request(ResultSet rs, int row) throws SQLException {
		return new AdviceRequest(rs.getObject("id", UUID.class), AdviceOrigin.valueOf(rs.getString("origin")),
				rs.getObject("client_id", UUID.class), null, rs.getString("question"), rs.getString("asked_by_name"),
				SqlRows.instant(rs, "asked_at"), AdviceStatus.valueOf(rs.getString("status")), rs.getString("answer"),
				rs.getString("answered_by_name"), SqlRows.instant(rs, "answered_at"));
	}

	record Asker(UUID userId, UUID organisationId) {
	}

}
