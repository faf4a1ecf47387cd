package nl.koers.obligation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.system.Ids;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Exemptions in plain SQL.
 */
@Repository
class ExemptionStore {

	private static final String COLUMNS = "id, client_id, origin, valid_from, valid_until, reason, recorded_by_name, "
			+ "recorded_at, confirmed_by_name, confirmed_at";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ExemptionStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Exemptions of one origin for many clients in one batch, each only when the client
	 * has none of that origin from that day yet (a repeated event adds nothing).
	 */
	void insertAbsent(UUID municipalityId, String origin, List<NewSpan> spans, String reason, Instant now) {
		Timestamp stamp = Timestamp.from(now);
		this.template.batchUpdate("""
				insert into exemption (id, client_id, municipality_id, origin, valid_from, valid_until, reason,
				    recorded_by_name, recorded_at)
				select ?, ?, ?, ?, ?, ?, ?, null, ?
				where not exists (select 1 from exemption where client_id = ? and origin = ? and valid_from = ?)""",
				spans, spans.size(), (statement, span) -> {
					statement.setObject(1, Ids.next());
					statement.setObject(2, span.clientId());
					statement.setObject(3, municipalityId);
					statement.setString(4, origin);
					statement.setObject(5, span.from());
					statement.setObject(6, span.until());
					statement.setString(7, reason);
					statement.setTimestamp(8, stamp);
					statement.setObject(9, span.clientId());
					statement.setString(10, origin);
					statement.setObject(11, span.from());
				});
	}

	/**
	 * A client's exemption from one day to another (open without an end).
	 */
	record NewSpan(UUID clientId, LocalDate from, LocalDate until) {
	}

	UUID insert(UUID clientId, UUID municipalityId, String origin, LocalDate from, LocalDate until, String reason,
			String recordedBy, Instant now) {
		UUID id = Ids.next();
		this.jdbc
			.sql("insert into exemption (id, client_id, municipality_id, origin, valid_from, valid_until, reason, "
					+ "recorded_by_name, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, clientId, municipalityId, origin, from, until, reason, recordedBy, Timestamp.from(now))
			.update();
		return id;
	}

	void confirm(UUID id, UUID userId, String userName, Instant now) {
		this.jdbc.sql("update exemption set confirmed_by_id = ?, confirmed_by_name = ?, confirmed_at = ? where id = ?")
			.params(userId, userName, Timestamp.from(now), id)
			.update();
	}

	void end(UUID id, LocalDate until) {
		this.jdbc.sql("update exemption set valid_until = ? where id = ?").params(until, id).update();
	}

	List<ExemptionView> ofClient(UUID clientId) {
		return this.jdbc.sql("select " + COLUMNS + " from exemption where client_id = ? order by valid_from desc")
			.param(clientId)
			.query(ExemptionStore::view)
			.list();
	}

	Optional<ExemptionRow> find(UUID municipalityId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from exemption where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query((rs, n) -> new ExemptionRow(rs.getObject("client_id", UUID.class), view(rs, n)))
			.optional();
	}

	private static ExemptionView view(ResultSet rs, int row) throws SQLException {
		return new ExemptionView(rs.getObject("id", UUID.class), rs.getString("origin"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
				rs.getString("reason"), rs.getString("recorded_by_name"), SqlRows.instant(rs, "recorded_at"),
				rs.getTimestamp("confirmed_at") != null, rs.getString("confirmed_by_name"),
				SqlRows.instant(rs, "confirmed_at"));
	}

	record ExemptionRow(UUID clientId, ExemptionView exemption) {
	}

}
