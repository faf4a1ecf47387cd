package nl.koers.accesslog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The access log table: appends in batches, reads newest first by key.
 */
@Repository
class AccessLogStore {

	private static final String COLUMNS = "id, occurred_at, user_id, username, user_display_name, roles, client_id, "
			+ "action, purpose, outcome, remote_address";

	private static final RowMapper<AccessLogEntry> ENTRY = (rs, row) -> new AccessLogEntry(rs.getLong("id"),
			rs.getTimestamp("occurred_at").toInstant(), rs.getObject("user_id", UUID.class), rs.getString("username"),
			rs.getString("user_display_name"), rs.getString("roles"), rs.getObject("client_id", UUID.class),
			AccessAction.valueOf(rs.getString("action")), rs.getString("purpose"),
			AccessOutcome.valueOf(rs.getString("outcome")), rs.getString("remote_address"));

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	AccessLogStore(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	void append(List<NewEntry> entries) {
		this.jdbc.batchUpdate("""
				insert into access_log_entry (occurred_at, user_id, username, user_display_name, roles, municipality_id,
				    client_id, action, purpose, outcome, remote_address)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, entry) -> {
			ps.setTimestamp(1, Timestamp.from(entry.occurredAt()));
			ps.setObject(2, entry.user().id());
			ps.setString(3, entry.user().getUsername());
			ps.setString(4, entry.user().displayName());
			ps.setString(5, entry.user().rolesText());
			ps.setObject(6, entry.user().municipalityId());
			ps.setObject(7, entry.clientId());
			ps.setString(8, entry.action().name());
			ps.setString(9, entry.purpose());
			ps.setString(10, entry.outcome().name());
			ps.setString(11, entry.remoteAddress());
		});
	}

	/**
	 * Entries of one municipality, newest first, optionally for one client and/or one
	 * user and within a period, starting after the given key.
	 */
	List<AccessLogEntry> find(AccessLogFilter filter, UUID municipalityId, Instant beforeTime, Long beforeId,
			int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from access_log_entry where municipality_id = ?");
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		if (filter.clientId() != null) {
			sql.append(" and client_id = ?");
			args.add(filter.clientId());
		}
		if (filter.userId() != null) {
			sql.append(" and user_id = ?");
			args.add(filter.userId());
		}
		if (filter.fromInstant() != null) {
			sql.append(" and occurred_at >= ?");
			args.add(Timestamp.from(filter.fromInstant()));
		}
		if (filter.untilInstant() != null) {
			sql.append(" and occurred_at < ?");
			args.add(Timestamp.from(filter.untilInstant()));
		}
		if (beforeTime != null) {
			sql.append(" and (occurred_at, id) < (?, ?)");
			args.add(Timestamp.from(beforeTime));
			args.add(beforeId);
		}
		sql.append(" order by occurred_at desc, id desc limit ?");
		args.add(limit);
		return this.client.sql(sql.toString()).params(args).query(ENTRY).list();
	}

	/**
	 * Who accessed one client's data, per user and day: for a client's access request.
	 */
	List<AccessSummary> overview(UUID municipalityId, UUID clientId) {
		return this.client.sql("""
				select user_display_name, roles, cast(occurred_at at time zone 'Europe/Amsterdam' as date) as day,
				       count(*) as times, min(occurred_at) as first_at, max(occurred_at) as last_at
				from access_log_entry
				where municipality_id = ? and client_id = ? and outcome = 'SUCCESS'
				group by user_id, user_display_name, roles, day
				order by day desc, last_at desc""")
			.params(municipalityId, clientId)
			.query((rs, row) -> new AccessSummary(rs.getString("user_display_name"), rs.getString("roles"),
					rs.getObject("day", java.time.LocalDate.class), rs.getInt("times"),
					rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant()))
			.list();
	}

}
