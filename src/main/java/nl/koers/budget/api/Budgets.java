package nl.koers.budget.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.identity.api.CurrentUser;

/**
 * Money against budgets, for the modules that spend it. The calls that take no user leave
 * the decision that money may be committed or released to the caller; recording a payment
 * checks the user's role itself. They join the caller's transaction, so money moves
 * together with the change that caused it.
 */
public interface Budgets {

	/**
	 * The sources that have a budget in the municipality, by name.
	 */
	List<String> sources(UUID municipalityId);

	/**
	 * Locks the source's budgets of these years until the caller's transaction ends, so
	 * that a shortfall check and the commitment made on it cannot both be overtaken by
	 * another caller's; call it first, inside that transaction. Budgets are locked in
	 * year order, so callers wait for each other instead of deadlocking.
	 */
	void lock(UUID municipalityId, String source, Collection<Integer> years);

	/**
	 * The years in which the source has less left than the planned commitments ask, each
	 * with what is needed and what remains; empty when everything fits.
	 */
	List<Shortfall> shortfalls(UUID municipalityId, String source, List<Commitment> planned);

	/**
	 * Commits the lines against the source's budgets for a trajectory under a contract.
	 */
	void commit(UUID municipalityId, String source, UUID contractId, UUID trajectoryId, List<Commitment> lines);

	/**
	 * Releases everything still committed for the trajectory (a declined or withdrawn
	 * nomination).
	 */
	void release(UUID trajectoryId);

	/**
	 * Releases what is committed for phases from this one on (phases the trajectory will
	 * not reach because it ended).
	 */
	void releasePhasesFrom(UUID trajectoryId, int phase);

	/**
	 * Moves a phase's commitment to the year the phase actually started.
	 */
	void moveToYear(UUID trajectoryId, int phase, int year);

	/**
	 * Committed and spent money per contract; contracts without money are left out.
	 */
	Map<UUID, ContractMoney> money(Collection<UUID> contractIds);

	/**
	 * Records a paid invoice under a contract against the source's budget of the
	 * payment's year, in the user's municipality; only the contract manager records
	 * payments.
	 */
	PaymentView recordPayment(CurrentUser user, @NotBlank @Size(max = 100) String source, @NotNull UUID contractId,
			@NotNull @Valid NewPayment payment);

	/**
	 * Per source, the money of the user's municipality in a year, as the budget report
	 * gives it; only those who may read the budget report (else 403).
	 */
	List<SourceYear> year(CurrentUser user, int year);

	/**
	 * The payments under a contract of the municipality, in the order they were paid.
	 */
	List<PaymentView> payments(UUID municipalityId, UUID contractId);

}
