package nl.koers.agreement;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with agreements. Whether a user may record for one client (the case
 * lead or a coordinator) is the client gate's decision on top of this.
 */
@Component("agreementPolicy")
class AgreementPolicy {

	// The role check comes first, so that a role without client access gets 403 also for
	// an agreement that does not exist.
	static final Permission READ_AGREEMENTS = Permission.of("read client agreements", Role.CONSULTANT, Role.COORDINATOR,
			Role.INSTITUTION_WORKER);

	static final Permission RECORD_AGREEMENTS = Permission.of("record agreements", Role.CONSULTANT, Role.COORDINATOR);

	public boolean mayRead(CurrentUser user) {
		return READ_AGREEMENTS.allows(user);
	}

	public boolean mayRecord(CurrentUser user) {
		return RECORD_AGREEMENTS.allows(user);
	}

	void requireRead(CurrentUser user) {
		READ_AGREEMENTS.require(user);
	}

	void requireRecord(CurrentUser user) {
		RECORD_AGREEMENTS.require(user);
	}

}
