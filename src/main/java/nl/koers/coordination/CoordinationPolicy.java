package nl.koers.coordination;

import nl.koers.coordination.api.AdviceOrigin;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which roles take part in the coordination point's work at all; which clients is decided
 * by {@link nl.koers.client.api.ClientAccess}.
 */
@Component("coordinationPolicy")
class CoordinationPolicy {

	/**
	 * Consultants and coordinators: they raise signals and ask about clients.
	 */
	static final Permission ACT = Permission.of("work with signals and ask about clients", Role.CONSULTANT,
			Role.COORDINATOR);

	/**
	 * Who may ask the coordination point a question; an institution worker only a general
	 * one, and only of an organisation.
	 */
	static final Permission ASK = Permission.of("ask the coordination point", Role.CONSULTANT, Role.COORDINATOR,
			Role.INSTITUTION_WORKER);

	static final Permission COORDINATE = Permission.of("answer requests and follow signals up", Role.COORDINATOR);

	public boolean mayAct(CurrentUser user) {
		return ACT.allows(user);
	}

	public boolean mayAsk(CurrentUser user) {
		return ASK.allows(user);
	}

	public boolean mayCoordinate(CurrentUser user) {
		return COORDINATE.allows(user);
	}

	void requireActor(CurrentUser user) {
		ACT.require(user);
	}

	/**
	 * Where a question of this user comes from; refused for a role that does not ask, or
	 * an institution worker without an organisation.
	 */
	AdviceOrigin requireAsker(CurrentUser user) {
		if (ACT.allows(user)) {
			return AdviceOrigin.CONSULTANT;
		}
		if (ASK.allows(user) && user.organisationId() != null) {
			return AdviceOrigin.INSTITUTION;
		}
		throw new AccessDeniedException("this role does not ask the coordination point");
	}

	void requireCoordinator(CurrentUser user) {
		COORDINATE.require(user);
	}

}
