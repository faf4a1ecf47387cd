package nl.koers.conversation.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * Conversations without an appointment, and the outreach to a client who did not show up,
 * for modules that record them (the demo data). Each call checks that the user may change
 * the client's file.
 */
public interface Contacts {

	/**
	 * A contact that took place; unless the client refused (then
	 * {@link ConversationRefused} is published), it restores contact after a no-show.
	 */
	ContactView record(CurrentUser user, UUID clientId, @Valid NewContact contact);

	/**
	 * An attempt to reach the client while outreach is open, published as
	 * {@link OutreachAttemptRecorded}; contact restored closes the outreach task.
	 */
	OutreachView recordOutreach(CurrentUser user, UUID clientId, @Valid NewOutreachAttempt attempt);

}
