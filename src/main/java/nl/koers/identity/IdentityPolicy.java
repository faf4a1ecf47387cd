package nl.koers.identity;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what in {@code identity}: only administrators manage the users and roles of
 * their own municipality; pages ask
 * {@code @PreAuthorize("@identityPolicy.mayAdminister(principal)")}.
 */
@Component("identityPolicy")
class IdentityPolicy {

	static final Permission ADMINISTER_USERS = Permission.of("administer users", Role.ADMINISTRATOR);

	IdentityPolicy() {
	}

	public boolean mayAdminister(CurrentUser user) {
		return ADMINISTER_USERS.allows(user);
	}

	void requireAdminister(CurrentUser user) {
		ADMINISTER_USERS.require(user);
	}

}
