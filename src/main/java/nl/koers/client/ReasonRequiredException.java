package nl.koers.client;

import java.util.UUID;

/**
 * A page asked for a client outside the user's caseload without a reason of access in
 * this session: {@link ReasonPrompt} answers with the page "Waarom open je dit dossier?"
 * instead of any data. Carries only the client's id.
 */
class ReasonRequiredException extends RuntimeException {

	private final UUID clientId;

	ReasonRequiredException(UUID clientId) {
		super("a reason of access is needed first", null, false, false);
		this.clientId = clientId;
	}

	UUID clientId() {
		return this.clientId;
	}

}
