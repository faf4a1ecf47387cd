package nl.koers.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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
		String state = sql.getSQLState() == null ? sql.getClass().getSimpleName() : "SQL state " + sql.getSQLState();
		return state + (constraint.find() ? ", constraint " + constraint.group(1) : "");
	}

	/**
	 * PostgreSQL's states for a server that ends or refuses the connection: shutting down
	 * (administrator, crash, immediate) and too many connections. Class 08 (connection
	 * exceptions) is matched as a whole.
	 */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

	/**
	 * HikariCP's message, without a state, for any use of a connection it has closed.
	 */
	private static final String POOL_CLOSED = "Connection is closed";

	/**
	 * Whether the error is the database being out of reach rather than a fault of the
	 * request or of Koers: no connection to be had (refused, the pool has none left), or
	 * the connection dropped during the request. Such a request may be tried again later
	 * (503).
	 */
	public static boolean unavailable(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& POOL_CLOSED.equals(sql.getMessage())) {
				// the pool's answer on a connection it threw away when it broke: the
				// rollback after a killed connection fails with it, hiding the first
				// error
				return true;
			}
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& unavailable(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the error came from the database (an {@link SQLException} among its
	 * causes), whose message must not be logged.
	 */
	public static boolean fromDatabase(Throwable error) {
		return sqlException(error) != null;
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
