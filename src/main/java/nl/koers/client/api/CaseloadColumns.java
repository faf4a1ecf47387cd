package nl.koers.client.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.UUID;

/**
 * The caseload's columns that other modules own, kept with the client so that a caseload
 * sorts and pages by them in one query: {@code route} writes the route today and the next
 * review, {@code conversation} the next appointment and the last contact, each inside the
 * transaction that changed them. Takes no user: the caller has checked its own step; it
 * gives nothing back, so nothing is logged.
 */
public interface CaseloadColumns {

	/**
	 * The client's route today ({@code null} when not on a KP4 route) and the due date of
	 * the next review ({@code null} when none is due).
	 */
	void route(UUID clientId, String route, LocalDate nextReview);

	/**
	 * The same route for many clients at once without a review (the first profiles of an
	 * import).
	 */
	void routes(Collection<UUID> clientIds, String route);

	/**
	 * The earliest appointment still planned (also one whose time has passed without an
	 * outcome) and the last conversation held (an appointment held or a contact the
	 * client did not refuse); {@code null} when there is none.
	 */
	void conversations(UUID clientId, LocalDateTime nextAppointment, LocalDateTime lastContact);

}
