package nl.koers.conversation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Conversations counted, for management information (the work report in
 * {@code reporting}). A conversation held is an appointment with the outcome held, or a
 * contact the client did not refuse. One grouped query per call over the municipality's
 * held conversations; these calls take no user: the calling module has checked its own
 * access rules, and they give ids, dates and counts only.
 */
public interface ConversationFigures {

	/**
	 * Per consultant who held them (the appointment's consultant, the contact's author)
	 * and month, the conversations held from {@code from} to {@code until} (both
	 * inclusive, local dates in Europe/Amsterdam).
	 */
	List<HeldCount> heldPerMonth(UUID municipalityId, LocalDate from, LocalDate until);

	/**
	 * Per client of the municipality with a conversation held on or before {@code until},
	 * the day of the last one.
	 */
	Map<UUID, LocalDate> lastHeld(UUID municipalityId, LocalDate until);

	/**
	 * Conversations held by one consultant in one month.
	 *
	 * @param consultantId who held them
	 * @param month the first day of the month
	 * @param count how many
	 */
	record HeldCount(UUID consultantId, LocalDate month, long count) {
	}

}
