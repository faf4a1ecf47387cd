package nl.koers.coordination.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * Signals of possible psychiatric or addiction problems. Any consultant who may read a
 * client raises one; the coordination point follows it up until it is closed, and every
 * follow-up is kept.
 */
public interface Signals {

	/**
	 * Raises a signal about a client the caller may read (consultants and coordinators).
	 */
	Signal raise(CurrentUser user, UUID clientId, @Valid NewSignal signal);

	/**
	 * Records a follow-up and moves the signal to {@code IN_PROGRESS} or {@code CLOSED}
	 * (the coordination point); a closed signal is refused.
	 */
	Signal followUp(CurrentUser user, UUID id, @Valid SignalFollowUp followUp);

}
