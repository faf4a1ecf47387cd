package nl.koers.obligation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Measures in plain SQL; the yearly report counts them by the year they were proposed.
 */
@Repository
class MeasureStore {

	private static final String COLUMNS = "id, client_id, ground, justification, backing, agreement_id, status, "
			+ "proposed_by_name, proposed_at, decided_by_name, decided_at, decision_note";

	private final JdbcClient jdbc;

	MeasureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID propose(ClientRef client, MeasureGround ground, String justification, String backing, UUID agreementId,
			CurrentUser proposer, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into measure (id, client_id, municipality_id, ground, justification, backing, "
					+ "agreement_id, proposed_by_id, proposed_by_name, proposed_at, status) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED')")
			.params(id, client.id(), client.municipalityId(), ground.name(), justification, backing, agreementId,
					proposer.id(), proposer.displayName(), Timestamp.from(now))
			.update();
		return id;
	}

	void decide(UUID id, MeasureStatus status, String note, CurrentUser decider, Instant now) {
		this.jdbc
			.sql("update measure set status = ?, decided_by_id = ?, decided_by_name = ?, decided_at = ?, "
					+ "decision_note = ? where id = ? and status = 'PROPOSED'")
			.params(status.name(), decider.id(), decider.displayName(), Timestamp.from(now), note, id)
			.update();
	}

	Optional<MeasureView> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from measure where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(MeasureStore::view)
			.optional();
	}

	UUID proposerOf(UUID id) {
		return this.jdbc.sql("select proposed_by_id from measure where id = ?").param(id).query(UUID.class).single();
	}

	List<MeasureView> ofClient(UUID municipalityId, UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from measure where municipality_id = ? and client_id = ? "
					+ "order by proposed_at desc")
			.params(municipalityId, clientId)
			.query(MeasureStore::view)
			.list();
	}

	List<MeasureYear> perYear(UUID municipalityId, int fromYear, int untilYear) {
		return this.jdbc.sql("""
				select year, grounds.ground,
				       count(m.id) as proposed,
				       count(m.id) filter (where m.status = 'APPROVED') as approved,
				       count(m.id) filter (where m.status = 'REJECTED') as rejected
				from generate_series(?, ?) year
				cross join (values ('REFUSES_CONVERSATION'), ('BROKEN_TRAJECTORY_AGREEMENT')) grounds (ground)
				left join measure m on m.municipality_id = ? and m.ground = grounds.ground
				     and extract(year from m.proposed_at at time zone 'Europe/Amsterdam') = year
				group by year, grounds.ground
				order by year, grounds.ground desc""")
			.params(fromYear, untilYear, municipalityId)
			.query((rs, n) -> new MeasureYear(rs.getInt("year"), MeasureGround.valueOf(rs.getString("ground")),
					rs.getInt("proposed"), rs.getInt("approved"), rs.getInt("rejected")))
			.list();
	}

	private static MeasureView view(ResultSet rs, int row) throws SQLException {
		return new MeasureView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				MeasureGround.valueOf(rs.getString("ground")), rs.getString("justification"), rs.getString("backing"),
				rs.getObject("agreement_id", UUID.class), MeasureStatus.valueOf(rs.getString("status")),
				rs.getString("proposed_by_name"), SqlRows.instant(rs, "proposed_at"), rs.getString("decided_by_name"),
				SqlRows.instant(rs, "decided_at"), rs.getString("decision_note"));
	}

}
