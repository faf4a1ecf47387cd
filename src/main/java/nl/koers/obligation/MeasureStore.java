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

	/**
	 * Measures proposed per year (in Dutch time) and ground, with every year and ground
	 * present. The measures are read by a range of {@code proposed_at} that the index on
	 * (municipality, proposed_at) serves, and counted per year before they are joined to
	 * the years.
	 */
	List<MeasureYear> perYear(UUID municipalityId, int fromYear, int untilYear) {
		return this.jdbc.sql("""
				with counted as (
				    select cast(extract(year from m.proposed_at at time zone 'Europe/Amsterdam') as int) as year,
				           m.ground,
				           count(*) as proposed,
				           count(*) filter (where m.status = 'APPROVED') as approved,
				           count(*) filter (where m.status = 'REJECTED') as rejected
				    from measure m
				    where m.municipality_id = ?
				      and m.proposed_at >= make_timestamptz(?, 1, 1, 0, 0, 0, 'Europe/Amsterdam')
				      and m.proposed_at < make_timestamptz(? + 1, 1, 1, 0, 0, 0, 'Europe/Amsterdam')
				    group by 1, 2)
				select years.year, grounds.ground,
				       coalesce(counted.proposed, 0) as proposed,
				       coalesce(counted.approved, 0) as approved,
				       coalesce(counted.rejected, 0) as rejected
				from generate_series(?, ?) as years (year)
				cross join (values ('REFUSES_CONVERSATION'), ('BROKEN_TRAJECTORY_AGREEMENT')) grounds (ground)
				left join counted on counted.year = years.year and counted.ground = grounds.ground
				order by years.year, grounds.ground desc""")
			.params(municipalityId, fromYear, untilYear, fromYear, untilYear)
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
