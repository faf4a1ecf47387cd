package nl.koers.contract;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with contracts: the contract manager keeps them and records their
 * payments; contract managers and managers follow them (their money and monitoring);
 * consultants and coordinators read them to nominate; a provider's workers read their
 * own.
 */
@Component("contractPolicy")
class ContractPolicy {

	static final Permission KEEP = Permission.of("keep contracts and record their payments", Role.CONTRACT_MANAGER);

	static final Permission FOLLOW = Permission.of("follow contracts, their money and monitoring",
			Role.CONTRACT_MANAGER, Role.MANAGER);

	static final Permission READ_ALL = Permission.of("read the municipality's contracts", Role.CONTRACT_MANAGER,
			Role.MANAGER, Role.CONSULTANT, Role.COORDINATOR);

	static final Permission NOMINATE = Permission.of("see the contracts open for nomination", Role.CONSULTANT,
			Role.COORDINATOR);

	static final Permission PROVIDE = Permission.of("read the provider's own contracts", Role.INSTITUTION_WORKER);

	public boolean mayKeep(CurrentUser user) {
		return KEEP.allows(user);
	}

	public boolean mayFollow(CurrentUser user) {
		return FOLLOW.allows(user);
	}

	void requireKeeper(CurrentUser user) {
		KEEP.require(user);
	}

	void requireFollower(CurrentUser user) {
		FOLLOW.require(user);
	}

	void requireNominator(CurrentUser user) {
		NOMINATE.require(user);
	}

	/**
	 * {@code null} for users who may read every contract of the municipality; the
	 * organisation for a provider's worker; refused (403) for anyone else.
	 */
	UUID readScope(CurrentUser user) {
		if (READ_ALL.allows(user)) {
			return null;
		}
		if (PROVIDE.allows(user) && user.organisationId() != null) {
			return user.organisationId();
		}
		throw new AccessDeniedException("contracts are for contract management, consultants and providers");
	}

}
