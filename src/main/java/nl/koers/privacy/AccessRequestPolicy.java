package nl.koers.privacy;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may produce a client's access request (AVG article 15): the coordinator, for a
 * client of their own municipality (the client gate decides that on top of this).
 */
@Component("accessRequestPolicy")
class AccessRequestPolicy {

	static final Permission EXPORT = Permission.of("export everything held about a client (access request)",
			Role.COORDINATOR);

	public boolean mayExport(CurrentUser user) {
		return EXPORT.allows(user);
	}

	void requireExport(CurrentUser user) {
		EXPORT.require(user);
	}

}
