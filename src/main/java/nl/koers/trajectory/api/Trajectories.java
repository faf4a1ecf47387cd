package nl.koers.trajectory.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.consent.api.SharedCategories;
import nl.koers.identity.api.CurrentUser;

/**
 * A trajectory from the provider's answer to its end: the provider accepts or declines,
 * the trajectory starts, moves through its phases with the provider's reports, and ends
 * with an outcome and aftercare. Start, phases and end may be recorded by either side.
 */
public interface Trajectories {

	/**
	 * The provider accepts or declines (with a reason) a nomination.
	 */
	TrajectoryView answer(CurrentUser worker, UUID id, @Valid ProviderAnswer answer);

	/**
	 * An accepted trajectory starts, in its first phase.
	 */
	TrajectoryView start(CurrentUser user, UUID id, @Valid TrajectoryStart start);

	/**
	 * A running trajectory moves to another phase from a day.
	 */
	TrajectoryView changePhase(CurrentUser user, UUID id, @Valid PhaseChange change);

	/**
	 * The provider's report on the current phase (or on aftercare).
	 */
	TrajectoryView report(CurrentUser worker, UUID id, @Valid TrajectoryNote report);

	/**
	 * A running trajectory ends with its outcome.
	 */
	TrajectoryView end(CurrentUser user, UUID id, @Valid TrajectoryEnd end);

	/**
	 * The client of a trajectory under a contract of the provider worker's organisation,
	 * with the categories agreement and consent permit today while a trajectory with the
	 * provider is open or in aftercare (the same the trajectory page shows); any other
	 * trajectory answers 404, logged as a denied read. Reads no client data itself:
	 * whoever shows a category reads it through {@code ClientAccess.readShared}, which
	 * logs it.
	 */
	SharedCategories sharedWith(CurrentUser worker, UUID id);

}
