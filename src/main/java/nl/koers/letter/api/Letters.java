package nl.koers.letter.api;

import java.util.UUID;

import nl.koers.document.api.DocumentView;
import nl.koers.identity.api.CurrentUser;

/**
 * Writes a letter for a client, dated today, with the municipality's letterhead and text
 * blocks, and files it as a PDF in the client file (the user must be allowed to file
 * there).
 */
public interface Letters {

	DocumentView measureDecision(CurrentUser user, UUID clientId, MeasureLetter letter);

	DocumentView exemptionDecision(CurrentUser user, UUID clientId, ExemptionLetter letter);

	/**
	 * An invitation for a planned conversation.
	 */
	DocumentView invitation(CurrentUser user, UUID clientId, InvitationLetter letter);

	/**
	 * A letter to a client who did not show up: we missed you, please get in touch.
	 */
	DocumentView outreach(CurrentUser user, UUID clientId, OutreachLetter letter);

}
