package nl.koers.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An exemption from the job-application duty; {@code until} is exclusive and absent while
 * open.
 */
record ExemptionView(UUID id, String origin, LocalDate from, LocalDate until, String reason, String recordedByName,
		Instant recordedAt, boolean confirmed, String confirmedByName, Instant confirmedAt) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && (this.until == null || day.isBefore(this.until));
	}

}
