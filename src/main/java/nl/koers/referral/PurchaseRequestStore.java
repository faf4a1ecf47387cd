package nl.koers.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Purchase requests in plain SQL.
 */
@Repository
class PurchaseRequestStore {

	private static final String REQUEST = """
			select id, what, why, estimated_cost, client_id, status, requested_by_name, requested_at, decided_by_name,
			       decided_at, decision_note
			from purchase_request
			""";

	private final JdbcClient jdbc;

	PurchaseRequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID municipalityId, PurchaseRequestForm form, CurrentUser author, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into purchase_request (id, municipality_id, client_id, what, why, estimated_cost, status, "
					+ "requested_by, requested_by_name, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, form.clientId(), form.what().strip(), form.why().strip(), form.estimatedCost(),
					PurchaseStatus.OPEN.name(), author.id(), author.displayName(), Timestamp.from(now))
			.update();
		return id;
	}

	boolean decide(UUID municipalityId, UUID id, PurchaseDecisionForm decision, CurrentUser decider, Instant now) {
		return this.jdbc
			.sql("update purchase_request set status = ?, decided_by_name = ?, decided_at = ?, decision_note = ? "
					+ "where municipality_id = ? and id = ? and status = ?")
			.params(decision.status().name(), decider.displayName(), Timestamp.from(now), decision.note(),
					municipalityId, id, PurchaseStatus.OPEN.name())
			.update() == 1;
	}

	Optional<PurchaseRequestView> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql(REQUEST + "where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(PurchaseRequestStore::request)
			.optional();
	}

	/**
	 * The municipality's requests, or one requester's, newest first.
	 */
	List<PurchaseRequestView> list(UUID municipalityId, UUID requestedBy) {
		return this.jdbc
			.sql(REQUEST + "where municipality_id = ? and (cast(? as uuid) is null or requested_by = ?) "
					+ "order by requested_at desc, id")
			.params(municipalityId, requestedBy, requestedBy)
			.query(PurchaseRequestStore::request)
			.list();
	}

	/**
	 * A page of the requests in the same order (newest first), by key on (requested at,
	 * id).
	 */
	CursorPage<PurchaseRequestView> list(UUID municipalityId, UUID requestedBy, String next, int limit) {
		StringBuilder sql = new StringBuilder(
				REQUEST + "where municipality_id = ? and (cast(? as uuid) is null or requested_by = ?)");
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		args.add(requestedBy);
		args.add(requestedBy);
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			Timestamp requestedAt = Timestamp.from(cursor.key(0, Instant::parse));
			sql.append(" and (requested_at < ? or (requested_at = ? and id > ?))");
			args.addAll(List.of(requestedAt, requestedAt, cursor.key(1, UUID::fromString)));
		}
		sql.append(" order by requested_at desc, id limit ?");
		args.add(limit + 1);
		CursorPage<Keyed> page = CursorPage.of(
				this.jdbc.sql(sql.toString())
					.params(args)
					.query((rs, n) -> new Keyed(request(rs, n), rs.getTimestamp("requested_at").toInstant()))
					.list(),
				limit, keyed -> Cursor.of(keyed.requestedAt().toString(), keyed.request().id().toString()));
		return page.map(Keyed::request);
	}

	private record Keyed(PurchaseRequestView request, Instant requestedAt) {
	}

	List<PurchaseRequestView> ofClient(UUID clientId) {
		return this.jdbc.sql(REQUEST + "where client_id = ? order by requested_at desc, id")
			.params(clientId)
			.query(PurchaseRequestStore::request)
			.list();
	}

	private static PurchaseRequestView request(ResultSet rs, int row) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new PurchaseRequestView(rs.getObject("id", UUID.class), rs.getString("what"), rs.getString("why"),
				rs.getBigDecimal("estimated_cost"), rs.getObject("client_id", UUID.class), null,
				PurchaseStatus.valueOf(rs.getString("status")), rs.getString("requested_by_name"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by_name"),
				decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_note"));
	}

}
