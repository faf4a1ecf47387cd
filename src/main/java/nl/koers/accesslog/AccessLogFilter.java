package nl.koers.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessReason;

/**
 * What an auditor asks of the access log: one client, one user, a period (dates
 * inclusive), one action (the page only; the API does not filter on it), one reason of
 * access, or only the entries with a reason (outside the user's own caseload).
 */
record AccessLogFilter(UUID clientId, UUID userId, LocalDate from, LocalDate until, AccessAction action,
		AccessReason reason, boolean withReason) {

	AccessLogFilter(UUID clientId, UUID userId, LocalDate from, LocalDate until) {
		this(clientId, userId, from, until, null);
	}

	AccessLogFilter(UUID clientId, UUID userId, LocalDate from, LocalDate until, AccessAction action) {
		this(clientId, userId, from, until, action, null, false);
	}

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	Instant fromInstant() {
		return this.from == null ? null : this.from.atStartOfDay(ZONE).toInstant();
	}

	Instant untilInstant() {
		return this.until == null ? null : this.until.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

}
