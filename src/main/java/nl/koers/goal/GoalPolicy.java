package nl.koers.goal;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with goals. Whether a user may record for one client (the case lead or
 * a coordinator) is the client gate's decision on top of this.
 */
@Component("goalPolicy")
class GoalPolicy {

	// The role check comes first, so that a role without client access gets 403 also for
	// a goal that does not exist.
	static final Permission READ_GOALS = Permission.of("read client goals", Role.CONSULTANT, Role.COORDINATOR,
			Role.INSTITUTION_WORKER);

	static final Permission RECORD_GOALS = Permission.of("record goals", Role.CONSULTANT, Role.COORDINATOR);

	public boolean mayRead(CurrentUser user) {
		return READ_GOALS.allows(user);
	}

	public boolean mayRecord(CurrentUser user) {
		return RECORD_GOALS.allows(user);
	}

	void requireRead(CurrentUser user) {
		READ_GOALS.require(user);
	}

	void requireRecord(CurrentUser user) {
		RECORD_GOALS.require(user);
	}

}
