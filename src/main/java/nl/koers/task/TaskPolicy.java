package nl.koers.task;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with tasks: consultants and coordinators keep a worklist (consultants
 * their own, coordinators their municipality's, unassigned tasks included). Which clients
 * show is decided by {@link nl.koers.client.api.ClientAccess}.
 */
@Component("taskPolicy")
class TaskPolicy {

	static final Permission WORKLIST = Permission.of("keep a worklist", Role.CONSULTANT, Role.COORDINATOR);

	static final Permission MUNICIPALITY_WORKLIST = Permission.of("see the municipality's worklist", Role.COORDINATOR);

	/**
	 * Whether the user has a worklist at all (the worklist page).
	 */
	public boolean mayKeepWorklist(CurrentUser user) {
		return WORKLIST.allows(user);
	}

	/**
	 * Refuses (403) users without a worklist.
	 */
	void requireWorklist(CurrentUser user) {
		WORKLIST.require(user);
	}

	/**
	 * Whether the user's worklist is the municipality's rather than their own.
	 */
	boolean maySeeMunicipalityWorklist(CurrentUser user) {
		return MUNICIPALITY_WORKLIST.allows(user);
	}

}
