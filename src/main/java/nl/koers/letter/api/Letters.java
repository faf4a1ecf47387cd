package nl.koers.letter.api;

import java.util.UUID;

import nl.koers.document.api.DocumentView;
import nl.koers.identity.api.CurrentUser;

/**
 * Writes a decision letter for a client, dated today, and files it as a PDF in the client
 * file (the user must be allowed to file there).
 */
public interface Letters {

	DocumentView measureDecision(CurrentUser user, UUID clientId, MeasureLetter letter);

	DocumentView exemptionDecision(CurrentUser user, UUID clientId, ExemptionLetter letter);

}
