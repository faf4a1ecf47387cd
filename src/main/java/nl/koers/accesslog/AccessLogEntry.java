package nl.koers.accesslog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessOutcome;
import nl.koers.accesslog.api.AccessReason;

/**
 * One line of the access log, as auditors read it: with the operation (the handler that
 * served the request, such as {@code ClientApiController.get}) and the reason of access
 * when the client was outside the user's caseload ({@code null} otherwise).
 */
record AccessLogEntry(long id, Instant occurredAt, UUID userId, String username, String userDisplayName, String roles,
		UUID clientId, AccessAction action, String purpose, String operation, AccessOutcome outcome,
		String remoteAddress, AccessReason reasonCode, String reasonText) {

	/**
	 * The moment in Dutch local time, for display.
	 */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.occurredAt, AccessLogFilter.ZONE);
	}

}
