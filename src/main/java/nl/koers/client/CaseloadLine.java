package nl.koers.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A client as a line of the caseload page, with the columns other modules keep
 * ({@link nl.koers.client.api.CaseloadColumns}); {@code caseLeadName} only on a
 * municipality's list (on one's own caseload it would repeat the reader).
 */
record CaseloadLine(UUID id, String displayName, LocalDate dateOfBirth, String caseLeadName, String route,
		LocalDate nextReview, LocalDateTime nextAppointment, LocalDateTime lastContact) {

	/**
	 * The review's due date has passed.
	 */
	public boolean reviewOverdue(LocalDate today) {
		return this.nextReview != null && this.nextReview.isBefore(today);
	}

	/**
	 * The next appointment's time has passed without an outcome.
	 */
	public boolean appointmentPast(LocalDateTime now) {
		return this.nextAppointment != null && this.nextAppointment.isBefore(now);
	}

}
