package nl.koers.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How often one user accessed a client's data on one day.
 */
record AccessSummary(String userDisplayName, String roles, LocalDate day, int times, Instant firstAt, Instant lastAt) {

	public LocalTime firstLocalTime() {
		return LocalTime.ofInstant(this.firstAt, AccessLogFilter.ZONE);
	}

	public LocalTime lastLocalTime() {
		return LocalTime.ofInstant(this.lastAt, AccessLogFilter.ZONE);
	}

}
