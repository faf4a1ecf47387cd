package nl.koers.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;

/**
 * What an auditor asks of the access log: one client, one user, a period (dates
 * inclusive), one action (the page only; the API does not filter on it).
 */
record AccessLogFilter(UUID clientId, UUID userId, LocalDate from, LocalDate until, AccessAction action) {

	AccessLogFilter(UUID clientId, UUID userId, LocalDate from, LocalDate until) {
		this(clientId, userId, from, until, null);
	}

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	Instant fromInstant() {
		return this.from == null ? null : this.from.atStartOfDay(ZONE).toInstant();
	}

	Instant untilInstant() {
		return this.until == null ? null : this.until.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

}
