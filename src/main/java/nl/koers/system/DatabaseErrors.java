package nl.koers.system;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a log line may say about a database error: its SQL state and the constraint it
 * broke. Never the driver's message as a whole: PostgreSQL's detail repeats the values (a
 * duplicate BSN, the failing row with names and addresses).
 */
public final class DatabaseErrors {

	private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

	private DatabaseErrors() {
	}

	public static String describe(Throwable error) {
		SQLException sql = sqlException(error);
		if (sql == null) {
			return error.getClass().getSimpleName();
		}
		// only the first line, the server's primary message: the lines after it (Detail,
		// Where) hold values
		String message = sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse("");
		Matcher constraint = CONSTRAINT.matcher(message);
		return "SQL state " + sql.getSQLState() + (constraint.find() ? ", constraint " + constraint.group(1) : "");
	}

	private static SQLException sqlException(Throwable error) {
		SQLException found = null;
		for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				found = sql;
			}
		}
		return found;
	}

}
