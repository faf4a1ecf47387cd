package nl.koers.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.koers.client.api.ClientChange;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * The change history of clients in plain SQL: one row per changed field, newest first.
 */
@Repository
class ClientChangeStore {

	private final JdbcClient jdbc;

	ClientChangeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes a row for every field whose value differs between the two snapshots.
	 */
	void record(UUID municipalityId, UUID clientId, Map<String, String> before, Map<String, String> after,
			String source, CurrentUser author, Instant now) {
		for (Map.Entry<String, String> field : after.entrySet()) {
			String old = before.get(field.getKey());
			if (!Objects.equals(old, field.getValue())) {
				this.jdbc.sql("insert into client_change (id, municipality_id, client_id, field, old_value, new_value, "
						+ "source, changed_by_id, changed_by_name, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
					.params(UUID.randomUUID(), municipalityId, clientId, field.getKey(), old, field.getValue(), source,
							author.id(), author.displayName(), Timestamp.from(now))
					.update();
			}
		}
	}

	CursorPage<ClientChange> ofClient(UUID municipalityId, UUID clientId, String next, int limit) {
		StringBuilder sql = new StringBuilder("select id, field, old_value, new_value, source, changed_by_name, "
				+ "changed_at from client_change where municipality_id = ? and client_id = ?");
		List<Object> args = new ArrayList<>(List.of(municipalityId, clientId));
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 2);
			sql.append(" and (changed_at, id) < (?, ?)");
			args.add(Timestamp.from(cursor.key(0, Instant::parse)));
			args.add(cursor.key(1, UUID::fromString));
		}
		sql.append(" order by changed_at desc, id desc limit ?");
		args.add(limit + 1);
		return CursorPage.of(this.jdbc.sql(sql.toString()).params(args).query(ClientChangeStore::change).list(), limit,
				change -> Cursor.of(change.changedAt().toString(), change.id().toString()));
	}

	private static ClientChange change(ResultSet row, int number) throws SQLException {
		return new ClientChange(row.getObject("id", UUID.class), row.getString("field"), row.getString("old_value"),
				row.getString("new_value"), row.getString("source"), row.getString("changed_by_name"),
				row.getTimestamp("changed_at").toInstant());
	}

}
