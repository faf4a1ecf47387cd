package nl.koers.institution;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may open the institution's views of a referred client: institution workers of an
 * organisation. Which client and which categories is decided by the referral or
 * trajectory and by the client gate.
 */
@Component("institutionPolicy")
class InstitutionPolicy {

	static final Permission READ_SHARED = Permission.of("read the data shared with an institution",
			Role.INSTITUTION_WORKER);

	public boolean mayReadShared(CurrentUser user) {
		return READ_SHARED.allows(user);
	}

	void requireReadShared(CurrentUser user) {
		READ_SHARED.require(user);
		if (user.organisationId() == null) {
			throw new AccessDeniedException("this is an institution's view");
		}
	}

}
