package nl.koers.contract.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the contract module needs to know about the trajectories under its contracts,
 * provided by the module that keeps them ({@code trajectory}), so that contracts never
 * depend on trajectories. Every call joins the caller's transaction and takes no user:
 * the contract module has checked access first.
 */
public interface ContractTrajectories {

	/**
	 * The places taken per contract: trajectories that are open or ended (not declined,
	 * withdrawn or not approved). Contracts without any are left out.
	 */
	Map<UUID, Integer> placesUsed(Collection<UUID> contractIds);

	/**
	 * The counts of the municipality's trajectories per contract on a reference date;
	 * only the contract given when {@code contractId} is set. Contracts without
	 * trajectories are left out.
	 */
	Map<UUID, TrajectoryCounts> counts(UUID municipalityId, UUID contractId, LocalDate date);

	/**
	 * The contract's trajectories that on the reference date run past, or within the
	 * contract's warning days of, their maximum end, longest running first.
	 */
	List<RunningTrajectory> nearOrPastMaximum(UUID municipalityId, UUID contractId, LocalDate date);

}
