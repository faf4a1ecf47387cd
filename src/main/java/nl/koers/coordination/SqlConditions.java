package nl.koers.coordination;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Helpers the stores share for optional filters and keyset conditions.
 */
final class SqlConditions {

	private SqlConditions() {
	}

	/**
	 * Adds {@code and column = ?} when a value is given.
	 */
	static void filter(StringBuilder sql, List<Object> args, String column, Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = ?");
			args.add(value);
		}
	}

	/**
	 * Adds the keyset condition for a list ordered newest first by a moment, then by id.
	 */
	static void after(StringBuilder sql, List<Object> args, String moment, Instant at, UUID id) {
		if (at != null) {
			sql.append(" and (").append(moment).append(" < ? or (").append(moment).append(" = ? and id > ?))");
			args.add(Timestamp.from(at));
			args.add(Timestamp.from(at));
			args.add(id);
		}
	}

}
