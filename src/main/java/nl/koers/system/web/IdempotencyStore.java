package nl.koers.system.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The answers kept for {@link IdempotencyFilter}, each statement committed on its own:
 * the claim of a key must be visible to a parallel retry before the request is processed.
 */
@Repository
class IdempotencyStore {

	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims the key for this request; when the caller used it before (within the kept
	 * period), what is known of that request instead.
	 */
	Optional<Earlier> claim(String caller, String key, String method, String path, byte[] bodyHash) {
		int claimed = this.jdbc.sql("""
				insert into idempotent_request (caller, request_key, method, path, body_hash, created_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(caller, key, method, path, bodyHash, Timestamp.from(this.clock.instant()))
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select method, path, body_hash, created_at, status, content_type, location, body
				from idempotent_request
				where caller = ? and request_key = ?""")
			.params(caller, key)
			.query((rs, row) -> new Earlier(rs.getString("method"), rs.getString("path"), rs.getBytes("body_hash"),
					rs.getTimestamp("created_at").toInstant(), (Integer) rs.getObject("status"),
					rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")))
			.optional();
	}

	void answered(String caller, String key, int status, String contentType, String location, byte[] body) {
		this.jdbc.sql("""
				update idempotent_request set status = ?, content_type = ?, location = ?, body = ?
				where caller = ? and request_key = ?""")
			.params(status, contentType, location, body, caller, key)
			.update();
	}

	/**
	 * The request failed on the server's side: the key is free again for a retry.
	 */
	void release(String caller, String key) {
		this.jdbc.sql("delete from idempotent_request where caller = ? and request_key = ?")
			.params(caller, key)
			.update();
	}

	@SchedulerLock(name = "system.forget-idempotent-requests", lockAtMostFor = "PT10M")
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void forgetOld() {
		this.jdbc.sql("delete from idempotent_request where created_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(KEPT)))
			.update();
	}

	/**
	 * The caller's earlier request with the key: its answer once it has one.
	 */
	record Earlier(String method, String path, byte[] bodyHash, Instant claimedAt, Integer status, String contentType,
			String location, byte[] body) {

		boolean processedBefore(Instant moment) {
			return this.claimedAt.isBefore(moment);
		}

		boolean same(String method, String path, byte[] bodyHash) {
			return this.method.equals(method) && this.path.equals(path) && Arrays.equals(this.bodyHash, bodyHash);
		}

	}

}
