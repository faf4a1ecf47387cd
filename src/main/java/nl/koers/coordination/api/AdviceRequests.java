package nl.koers.coordination.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * Questions to the care coordination point. A consultant asks (about a client or in
 * general) and follows their own requests; an institution worker asks general questions;
 * a coordinator answers. Every client name passes the client gate.
 */
public interface AdviceRequests {

	/**
	 * Asks the coordination point a question, about a client the caller may read or (an
	 * institution worker: only) in general.
	 */
	AdviceRequest ask(CurrentUser user, @Valid AdviceQuestion question);

	/**
	 * Answers an open request (the coordination point); an answered or closed one is
	 * refused.
	 */
	AdviceRequest answer(CurrentUser user, UUID id, @Valid AdviceAnswer answer);

}
