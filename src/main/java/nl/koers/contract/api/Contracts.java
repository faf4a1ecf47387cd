package nl.koers.contract.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.budget.api.NewPayment;
import nl.koers.budget.api.PaymentView;
import nl.koers.identity.api.CurrentUser;

/**
 * Contracts with providers, kept by contract managers. Consultants and coordinators read
 * them to nominate, managers to follow them, a provider's workers only their own.
 */
public interface Contracts {

	/**
	 * A new contract (contract managers); refused with every reason when its terms do not
	 * hold together.
	 */
	ContractView create(CurrentUser user, @Valid ContractTerms terms);

	/**
	 * The municipality's contracts, newest nomination window first; a provider's worker
	 * sees only the provider's own.
	 */
	List<ContractView> contracts(CurrentUser user);

	/**
	 * One contract as the user may read it; 404 when it is not the user's to read.
	 */
	ContractView contract(CurrentUser user, UUID id);

	/**
	 * Records a paid invoice under the contract, against the contract's budget source
	 * (contract managers).
	 */
	PaymentView recordPayment(CurrentUser user, UUID id, @Valid NewPayment payment);

	/**
	 * The contract, locked until the transaction ends so that two nominations cannot take
	 * its last place together; empty when the municipality has no such contract. Takes no
	 * user: the nomination that calls it has checked the user.
	 */
	Optional<ContractView> lock(UUID municipalityId, UUID id);

}
