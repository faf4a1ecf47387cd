package nl.koers.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.ContactView;
import nl.koers.conversation.api.OutreachView;

/**
 * A client's conversations for the client file: planned appointments (soonest first),
 * earlier ones, contacts and outreach, and what needs attention: the no-shows and
 * unanswered outreach of the last six months, and the due date of open outreach; the
 * latest invitation per appointment and the outreach letter per attempt.
 */
record ConversationOverview(UUID clientId, String clientName, boolean mayRecord, List<AppointmentView> planned,
		List<AppointmentView> earlier, List<ContactView> contacts, List<OutreachView> outreach,
		List<AppointmentView> recentNoShows, List<OutreachView> recentUnanswered, LocalDate outreachDue,
		Map<UUID, ConversationLetter> invitations, Map<UUID, ConversationLetter> outreachLetters) {

	public boolean needsAttention() {
		return !this.recentNoShows.isEmpty() || !this.recentUnanswered.isEmpty() || this.outreachDue != null;
	}

}
