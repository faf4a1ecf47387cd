package nl.koers.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.privacy.api.ClientFiles.ClosedFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Legal holds, and what the retention run asks of the clients' files: whose file closed
 * when (the end of the last benefit period, when none is open), who is held, and the mark
 * of an erased client.
 */
@Repository
class LegalHoldStore {

	private static final String COLUMNS = "id, reason, set_by_name, set_at, lift_reason, lifted_by_name, lifted_at";

	private final JdbcClient jdbc;

	LegalHoldStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LegalHold> ofClient(UUID municipalityId, UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from legal_hold where municipality_id = ? and client_id = ? "
					+ "order by set_at desc, id desc")
			.params(municipalityId, clientId)
			.query(LegalHoldStore::hold)
			.list();
	}

	Optional<LegalHold> inForce(UUID municipalityId, UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from legal_hold where municipality_id = ? and client_id = ? "
					+ "and lifted_at is null for update")
			.params(municipalityId, clientId)
			.query(LegalHoldStore::hold)
			.optional();
	}

	void set(UUID municipalityId, UUID clientId, String reason, CurrentUser by, Instant at) {
		this.jdbc
			.sql("insert into legal_hold (id, client_id, municipality_id, reason, set_by_id, set_by_name, set_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), clientId, municipalityId, reason, by.id(), by.displayName(), Timestamp.from(at))
			.update();
	}

	void lift(UUID holdId, String reason, CurrentUser by, Instant at) {
		this.jdbc
			.sql("update legal_hold set lift_reason = ?, lifted_by_id = ?, lifted_by_name = ?, lifted_at = ? "
					+ "where id = ? and lifted_at is null")
			.params(reason, by.id(), by.displayName(), Timestamp.from(at), holdId)
			.update();
	}

	List<UUID> municipalitiesWithClosedFiles() {
		return this.jdbc
			.sql("select distinct municipality_id from benefit_period where end_date is not null order by 1")
			.query(UUID.class)
			.list();
	}

	/**
	 * The municipality's clients, not erased, who have benefit periods, none open, the
	 * last ended on or before the date; with whether a hold is in force. A client without
	 * any benefit period has no file that closes and is never among them.
	 */
	List<ClosedFile> closedOnOrBefore(UUID municipalityId, LocalDate date) {
		return this.jdbc.sql("""
				select c.id, max(b.end_date) as closed_on,
				       exists (select 1 from legal_hold h where h.client_id = c.id and h.lifted_at is null) as held
				from client c join benefit_period b on b.client_id = c.id
				where c.municipality_id = ? and c.erased_on is null
				group by c.id
				having bool_and(b.end_date is not null) and max(b.end_date) <= ?
				order by closed_on, c.id""")
			.params(municipalityId, date)
			.query((rs, n) -> new ClosedFile(rs.getObject("id", UUID.class), rs.getObject("closed_on", LocalDate.class),
					rs.getBoolean("held")))
			.list();
	}

	/**
	 * Marks the client erased; a client who shared a household with others leaves it for
	 * a household of their own (the others' household shows no stub).
	 */
	void markErased(UUID clientId, LocalDate on) {
		UUID own = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into household (id, municipality_id)
					select ?, c.municipality_id from client c
					where c.id = ? and exists (select 1 from client o where o.household_id = c.household_id and o.id <> c.id)""")
			.params(own, clientId)
			.update();
		this.jdbc
			.sql("update client set erased_on = ?, household_id = case when exists (select 1 from household "
					+ "where id = ?) then ? else household_id end where id = ?")
			.params(on, own, own, clientId)
			.update();
	}

	private static LegalHold hold(ResultSet rs, int row) throws SQLException {
		Timestamp lifted = rs.getTimestamp("lifted_at");
		return new LegalHold(rs.getObject("id", UUID.class), rs.getString("reason"), rs.getString("set_by_name"),
				rs.getTimestamp("set_at").toInstant(), rs.getString("lift_reason"), rs.getString("lifted_by_name"),
				lifted == null ? null : lifted.toInstant());
	}

}
