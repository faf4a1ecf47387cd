package nl.koers.accesslog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;

/**
 * One line of the access log, as auditors read it.
 */
record AccessLogEntry(long id, Instant occurredAt, UUID userId, String username, String userDisplayName, String roles,
		UUID clientId, AccessAction action, String purpose, AccessOutcome outcome, String remoteAddress) {

	/**
	 * The moment in Dutch local time, for display.
	 */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.occurredAt, AccessLogFilter.ZONE);
	}

}
