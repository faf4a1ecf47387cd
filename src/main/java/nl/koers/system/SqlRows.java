package nl.koers.system;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

	/**
	 * A text array column as a list, in the array's order.
	 */
	public static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/**
	 * A text array column of enum constant names as a set of those constants.
	 */
	public static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
		Set<E> values = EnumSet.noneOf(type);
		strings(rs, column).forEach(name -> values.add(Enum.valueOf(type, name)));
		return values;
	}

}
