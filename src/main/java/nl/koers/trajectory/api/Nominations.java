package nl.koers.trajectory.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * Nominations of clients for a trajectory under a contract: checked against the
 * contract's eligibility rules, committing the price against the budget, and withdrawn by
 * the consultant until the trajectory starts.
 */
public interface Nominations {

	/**
	 * Nominates the client (the case lead or a coordinator), or refuses with every failed
	 * rule's reason. A nomination outside the window, beyond the places or the budget
	 * waits for approval when the contract allows that.
	 */
	TrajectoryView nominate(CurrentUser user, UUID clientId, @Valid Nomination nomination);

	/**
	 * The consultant withdraws a nomination that has not started; its money is released.
	 */
	TrajectoryView withdraw(CurrentUser user, UUID id, @Valid TrajectoryNote reason);

}
