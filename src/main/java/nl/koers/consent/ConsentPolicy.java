package nl.koers.consent;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with consents and data-sharing agreements; which clients is decided by
 * the client gate ({@code ClientAccess}).
 */
@Component("consentPolicy")
class ConsentPolicy {

	static final Permission CONSENTS = Permission.of("use the consents of a client (the client gate decides which)",
			Role.CONSULTANT, Role.COORDINATOR, Role.INSTITUTION_WORKER);

	static final Permission RECORD_CONSENTS = Permission.of("record and withdraw consents", Role.CONSULTANT,
			Role.COORDINATOR);

	static final Permission READ_AGREEMENTS = Permission.of("read data-sharing agreements", Role.COORDINATOR,
			Role.CONSULTANT, Role.CONTRACT_MANAGER);

	static final Permission RECORD_AGREEMENTS = Permission.of("record data-sharing agreements", Role.COORDINATOR);

	public boolean mayUseConsents(CurrentUser user) {
		return CONSENTS.allows(user);
	}

	public boolean mayRecordConsents(CurrentUser user) {
		return RECORD_CONSENTS.allows(user);
	}

	public boolean mayReadAgreements(CurrentUser user) {
		return READ_AGREEMENTS.allows(user);
	}

	public boolean mayRecordAgreements(CurrentUser user) {
		return RECORD_AGREEMENTS.allows(user);
	}

	void requireRecordConsents(CurrentUser user) {
		RECORD_CONSENTS.require(user);
	}

	void requireReadAgreements(CurrentUser user) {
		READ_AGREEMENTS.require(user);
	}

	void requireRecordAgreements(CurrentUser user) {
		RECORD_AGREEMENTS.require(user);
	}

}
