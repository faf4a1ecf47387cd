package nl.koers.conversation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter written from the conversations: an invitation for an appointment or an
 * outreach letter (then also an outreach attempt), the document that holds it, and when
 * and by whom it was made.
 */
record ConversationLetter(UUID id, String kind, UUID appointmentId, UUID outreachAttemptId, UUID documentId,
		LocalDate replyBy, LocalDate sentOn, String madeByName) {

	static final String INVITATION = "INVITATION";

	static final String OUTREACH = "OUTREACH";

}
