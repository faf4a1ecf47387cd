package nl.koers.coordination;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Which roles take part in the coordination point's work at all; which clients is decided
 * by {@link nl.koers.client.api.ClientAccess}.
 */
final class CoordinationRoles {

	private CoordinationRoles() {
	}

	/**
	 * Consultants and coordinators: they raise signals and ask about clients.
	 */
	static void requireActor(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			throw new AccessDeniedException("only consultants and coordinators work with signals");
		}
	}

	/**
	 * Who may ask the coordination point a question; an institution worker only a general
	 * one.
	 */
	static AdviceOrigin requireAsker(CurrentUser user) {
		if (user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			return AdviceOrigin.CONSULTANT;
		}
		if (user.hasRole(Role.INSTITUTION_WORKER) && user.organisationId() != null) {
			return AdviceOrigin.INSTITUTION;
		}
		throw new AccessDeniedException("this role does not ask the coordination point");
	}

	static void requireCoordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("only the coordination point answers and follows up");
		}
	}

}
