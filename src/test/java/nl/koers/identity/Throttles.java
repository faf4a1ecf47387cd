package nl.koers.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads and moves the sign-in throttles of the tests' own accounts and addresses, so that
 * a test needs not wait for a delay to pass (nor race one).
 */
final class Throttles {

	private final JdbcClient jdbc;

	Throttles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int failures(UUID userId) {
		return failures(SignInThrottle.accountSubject(userId));
	}

	int failures(String subject) {
		return this.jdbc.sql("select failures from sign_in_throttle where subject = ?")
			.param(subject)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * How long the last failure delayed the account; zero when it is not delayed.
	 */
	Duration delay(UUID userId) {
		return this.jdbc.sql("select last_failure, delayed_until from sign_in_throttle where subject = ?")
			.param(SignInThrottle.accountSubject(userId))
			.query((rs, row) -> rs.getTimestamp("delayed_until") == null ? Duration.ZERO
					: Duration.between(rs.getTimestamp("last_failure").toInstant(),
							rs.getTimestamp("delayed_until").toInstant()))
			.optional()
			.orElse(Duration.ZERO);
	}

	/**
	 * Delays the account for ten minutes from now, as a long row of failures would.
	 */
	void delayLong(UUID userId) {
		delayUntil(SignInThrottle.accountSubject(userId), Instant.now().plus(Duration.ofMinutes(10)));
	}

	/**
	 * Lets the current delay pass, keeping the count (as if just that long had gone by).
	 */
	void letDelayPass(UUID userId) {
		delayUntil(SignInThrottle.accountSubject(userId), Instant.now().minusMillis(1));
	}

	void delayUntil(String subject, Instant until) {
		this.jdbc.sql("update sign_in_throttle set delayed_until = ? where subject = ?")
			.params(Timestamp.from(until), subject)
			.update();
	}

	void clear(String subject) {
		this.jdbc.sql("delete from sign_in_throttle where subject = ?").param(subject).update();
	}

}
