package nl.koers.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The throttles of failed sign-ins, one row per account or source address.
 */
@Repository
class SignInThrottleStore {

	private static final RowMapper<Throttle> ROW = (rs, row) -> new Throttle(rs.getString("subject"),
			rs.getInt("failures"), rs.getTimestamp("last_failure").toInstant(),
			rs.getTimestamp("delayed_until") == null ? null : rs.getTimestamp("delayed_until").toInstant());

	private final JdbcClient jdbc;

	SignInThrottleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Throttle> find(Collection<String> subjects) {
		if (subjects.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from sign_in_throttle where subject in (:subjects)")
			.param("subjects", subjects)
			.query(ROW)
			.list();
	}

	/**
	 * The subject's row, made if it has none, locked until the transaction ends.
	 */
	Throttle lock(String subject, Instant now) {
		this.jdbc.sql("""
				insert into sign_in_throttle (subject, failures, last_failure) values (?, 0, ?)
				on conflict do nothing""").params(subject, Timestamp.from(now)).update();
		return this.jdbc.sql("select * from sign_in_throttle where subject = ? for update")
			.param(subject)
			.query(ROW)
			.single();
	}

	void save(String subject, int failures, Instant lastFailure, Instant delayedUntil) {
		this.jdbc.sql("update sign_in_throttle set failures = ?, last_failure = ?, delayed_until = ? where subject = ?")
			.params(failures, Timestamp.from(lastFailure), delayedUntil == null ? null : Timestamp.from(delayedUntil),
					subject)
			.update();
	}

	boolean delete(String subject) {
		return this.jdbc.sql("delete from sign_in_throttle where subject = ?").param(subject).update() > 0;
	}

	int deleteLastFailedBefore(Instant before, Instant now) {
		return this.jdbc.sql("""
				delete from sign_in_throttle where last_failure < ?
				and (delayed_until is null or delayed_until < ?)""")
			.params(Timestamp.from(before), Timestamp.from(now))
			.update();
	}

	Optional<Throttle> find(String subject) {
		return find(List.of(subject)).stream().findFirst();
	}

	record Throttle(String subject, int failures, Instant lastFailure, Instant delayedUntil) {
	}

}
