package nl.koers.socialmap;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what on the social map: those who refer and provide read it, the care
 * coordination point keeps it. Public (with its {@code may…} methods) because page and
 * API controllers ask it from {@code @PreAuthorize}.
 */
@Component("socialMapPolicy")
class SocialMapPolicy {

	static final Permission READ = Permission.of("read the social map", Role.CONSULTANT, Role.COORDINATOR,
			Role.CONTRACT_MANAGER, Role.MANAGER, Role.INSTITUTION_WORKER);

	static final Permission KEEP = Permission.of("keep the social map", Role.COORDINATOR);

	public boolean mayRead(CurrentUser user) {
		return READ.allows(user);
	}

	public boolean mayKeep(CurrentUser user) {
		return KEEP.allows(user);
	}

	void requireRead(CurrentUser user) {
		READ.require(user);
	}

	void requireKeep(CurrentUser user) {
		KEEP.require(user);
	}

}
