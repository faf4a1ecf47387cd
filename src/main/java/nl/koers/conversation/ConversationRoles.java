package nl.koers.conversation;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Which roles take part in conversations at all; which clients, and who may record, is
 * decided by {@link nl.koers.client.api.ClientAccess}.
 */
final class ConversationRoles {

	private ConversationRoles() {
	}

	/**
	 * Roles that may reach a client's conversations; institution workers pass here and
	 * meet the client access rules next.
	 */
	static void requireClientRole(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR, Role.INSTITUTION_WORKER)) {
			throw new AccessDeniedException("this role has no access to conversations");
		}
	}

	static void requireAgendaRole(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			throw new AccessDeniedException("only consultants and coordinators keep an agenda");
		}
	}

}
