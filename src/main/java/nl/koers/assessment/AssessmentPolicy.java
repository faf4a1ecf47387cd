package nl.koers.assessment;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may open assessments at all: the roles with access to client files. Which clients
 * they read, and who records (the case lead or a coordinator), is decided by
 * {@code ClientAccess}.
 */
@Component("assessmentPolicy")
class AssessmentPolicy {

	static final Permission READ = Permission.of("read assessments", Role.CONSULTANT, Role.COORDINATOR,
			Role.INSTITUTION_WORKER);

	public boolean mayRead(CurrentUser user) {
		return READ.allows(user);
	}

	void requireRead(CurrentUser user) {
		READ.require(user);
	}

}
