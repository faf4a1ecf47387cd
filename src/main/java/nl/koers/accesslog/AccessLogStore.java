package nl.koers.accesslog;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.accesslog.api.AccessReason;
import nl.koers.privacy.api.AgedRecords.Removal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The access log table: appends one statement per access, reads newest first by key.
 */
@Repository
class AccessLogStore {

	private static final String COLUMNS = "id, occurred_at, user_id, username, user_display_name, roles, client_id, "
			+ "action, purpose, operation, outcome, remote_address, reason_code, reason_text";

	private static final RowMapper<AccessLogEntry> ENTRY = (rs, row) -> new AccessLogEntry(rs.getLong("id"),
			rs.getTimestamp("occurred_at").toInstant(), rs.getObject("user_id", UUID.class), rs.getString("username"),
			rs.getString("user_display_name"), rs.getString("roles"), rs.getObject("client_id", UUID.class),
			AccessAction.valueOf(rs.getString("action")), rs.getString("purpose"), rs.getString("operation"),
			AccessOutcome.valueOf(rs.getString("outcome")), rs.getString("remote_address"),
			rs.getString("reason_code") == null ? null : AccessReason.valueOf(rs.getString("reason_code")),
			rs.getString("reason_text"));

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	AccessLogStore(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	/**
	 * Appends the entries of one access, one per client, with one statement however many
	 * clients it shows: the client ids and their reasons of access go as arrays (no
	 * reason as an empty text: an array with nulls is not accepted by every driver
	 * wrapper) and the rest of the entry once.
	 */
	void append(NewEntries entries) {
		this.jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					insert into access_log_entry (occurred_at, user_id, username, user_display_name, roles,
					    municipality_id, client_id, action, purpose, outcome, remote_address, operation,
					    reason_code, reason_text)
					select ?, ?, ?, ?, ?, ?, shown.client_id, ?, ?, ?, ?, ?, nullif(shown.reason_code, ''),
					       nullif(shown.reason_text, '')
					from unnest(?::uuid[], ?::varchar[], ?::varchar[]) with ordinality
					    as shown (client_id, reason_code, reason_text, position)
					order by shown.position""");
			statement.setTimestamp(1, Timestamp.from(entries.occurredAt()));
			statement.setObject(2, entries.user().id());
			statement.setString(3, entries.user().getUsername());
			statement.setString(4, entries.user().displayName());
			statement.setString(5, entries.user().rolesText());
			statement.setObject(6, entries.user().municipalityId());
			statement.setString(7, entries.action().name());
			statement.setString(8, entries.purpose());
			statement.setString(9, entries.outcome().name());
			statement.setString(10, entries.remoteAddress());
			statement.setString(11, entries.operation());
			statement.setArray(12, connection.createArrayOf("uuid", entries.clientIds().toArray()));
			statement.setArray(13, connection.createArrayOf("varchar", entries.reasonCodes()));
			statement.setArray(14, connection.createArrayOf("varchar", entries.reasonTexts()));
			return statement;
		});
	}

	/**
	 * Appends the one entry of an access that may concern no client (a look-up of a
	 * person who is not a client): a null in the array of {@link #append(NewEntries)}
	 * could not be typed.
	 */
	void appendOne(NewEntries entries) {
		this.client.sql("""
				insert into access_log_entry (occurred_at, user_id, username, user_display_name, roles,
				    municipality_id, client_id, action, purpose, outcome, remote_address, operation, reason_code,
				    reason_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(entries.occurredAt()), entries.user().id(), entries.user().getUsername(),
					entries.user().displayName(), entries.user().rolesText(), entries.user().municipalityId(),
					entries.clientIds().get(0), entries.action().name(), entries.purpose(), entries.outcome().name(),
					entries.remoteAddress(), entries.operation(), blankAsNull(entries.reasonCodes()[0]),
					blankAsNull(entries.reasonTexts()[0]))
			.update();
	}

	private static String blankAsNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	/**
	 * Partitions of this month and the next {@code monthsAhead} months that did not exist
	 * yet (see migration V29); the number made.
	 */
	int createPartitions(int monthsAhead) {
		return this.client.sql("select access_log_create_partitions(?)")
			.param(monthsAhead)
			.query(Integer.class)
			.single();
	}

	/**
	 * Per municipality, the entries {@link #removeAged(Instant)} removes: those of the
	 * month partitions that end before the moment, and those of the default partition
	 * from before it.
	 */
	Map<UUID, Removal> agedCounts(Instant before) {
		Timestamp boundary = agedBoundary(before);
		StringBuilder sql = new StringBuilder("""
				select municipality_id, count(distinct client_id) as clients, count(*) as rows from (
				    select municipality_id, client_id from access_log_entry_default where occurred_at < ?
				""");
		List<Object> args = new ArrayList<>(List.of(Timestamp.from(before)));
		if (boundary != null) {
			sql.append("""
					union all
					select municipality_id, client_id from access_log_entry
					where occurred_at < ? and tableoid <> 'access_log_entry_default'::regclass
					""");
			args.add(boundary);
		}
		sql.append(") aged group by municipality_id");
		Map<UUID, Removal> counts = new HashMap<>();
		this.client.sql(sql.toString())
			.params(args)
			.query((rs, n) -> counts.put(rs.getObject("municipality_id", UUID.class),
					new Removal(rs.getInt("clients"), rs.getInt("rows"))))
			.list();
		return counts;
	}

	/**
	 * Drops the month partitions that end before the moment and deletes the default
	 * partition's entries from before it, as the log's owner (V73: the application's role
	 * may not drop a table). The drop waits at most 30 seconds for writers of the log to
	 * finish (it locks the whole log briefly); otherwise it fails and the next run tries
	 * again.
	 */
	void removeAged(Instant before) {
		this.client.sql("select set_config('lock_timeout', '30s', true)").query().listOfRows();
		this.client.sql("select access_log_remove_before(?)").param(Timestamp.from(before)).query().listOfRows();
	}

	/**
	 * The end of the youngest month partition that ends before the moment, if any.
	 */
	private Timestamp agedBoundary(Instant before) {
		return this.client.sql("select max(ends_at) from access_log_partitions_before(?)")
			.param(Timestamp.from(before))
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)))
			.single()
			.orElse(null);
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
		if (filter.action() != null) {
			sql.append(" and action = ?");
			args.add(filter.action().name());
		}
		if (filter.reason() != null) {
			sql.append(" and reason_code = ?");
			args.add(filter.reason().name());
		}
		else if (filter.withReason()) {
			sql.append(" and reason_code is not null");
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
		return overviewDays(municipalityId, clientId).stream().map(AccessDay::summary).toList();
	}

	/**
	 * The same, with the screens (purposes) of each user and day, for the auditor's page.
	 */
	List<AccessDay> overviewDays(UUID municipalityId, UUID clientId) {
		return this.client.sql("""
				select user_display_name, roles, cast(occurred_at at time zone 'Europe/Amsterdam' as date) as day,
				       count(*) as times, min(occurred_at) as first_at, max(occurred_at) as last_at,
				       array_agg(distinct purpose) as purposes
				from access_log_entry
				where municipality_id = ? and client_id = ? and outcome = 'SUCCESS'
				group by user_id, user_display_name, roles, day
				order by day desc, last_at desc""")
			.params(municipalityId, clientId)
			.query((rs, row) -> new AccessDay(
					new AccessSummary(rs.getString("user_display_name"), rs.getString("roles"),
							rs.getObject("day", java.time.LocalDate.class), rs.getInt("times"),
							rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant()),
					List.of((String[]) rs.getArray("purposes").getArray())))
			.list();
	}

}
