package nl.koers.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Reading values from result sets that JDBC has no direct getter for.
 */
public final class SqlRows {

	private SqlRows() {
	}

	/**
	 * A {@code timestamptz} column as an instant, {@code null} when the column is.
	 */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
