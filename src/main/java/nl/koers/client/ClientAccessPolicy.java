package nl.koers.client;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and change which clients. Roles decide what a user may do at all (403 when
 * not); the municipality and the case lead decide which clients (404 when not, so nothing
 * leaks).
 */
final class ClientAccessPolicy {

	/**
	 * Which clients a user may read.
	 */
	enum ReadScope {

		/**
		 * All clients of the user's municipality (found by search, opened on purpose).
		 */
		MUNICIPALITY,

		/**
		 * Only clients referred to the user's organisation, and only through
		 * {@link ClientAccess#readShared}: one data category at a time, as the active
		 * referral and {@code consent.Sharing} allow. The client file, lists, search and
		 * every other module's pages stay closed (404, empty).
		 */
		REFERRED

	}

	private ClientAccessPolicy() {
	}

	static ReadScope readScope(CurrentUser user) {
		if (user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			return ReadScope.MUNICIPALITY;
		}
		if (user.hasRole(Role.INSTITUTION_WORKER)) {
			return ReadScope.REFERRED;
		}
		throw new AccessDeniedException("this role has no access to client files");
	}

	/**
	 * Coordinators list the whole municipality; consultants list their own caseload.
	 */
	static boolean listsMunicipality(CurrentUser user) {
		return user.hasRole(Role.COORDINATOR);
	}

	static void requireInstitutionWorker(CurrentUser user) {
		if (!user.hasRole(Role.INSTITUTION_WORKER)) {
			throw new AccessDeniedException("only institution workers read shared client data");
		}
	}

	static void requireRegister(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			throw new AccessDeniedException("only consultants and coordinators register clients");
		}
	}

	/**
	 * Coordinators change any client of their municipality; a consultant changes the
	 * clients they lead and clients that have no case lead yet.
	 */
	static boolean mayChange(CurrentUser user, UUID caseLeadId) {
		if (user.hasRole(Role.COORDINATOR)) {
			return true;
		}
		return user.hasRole(Role.CONSULTANT) && (caseLeadId == null || caseLeadId.equals(user.id()));
	}

	static void requireChange(CurrentUser user, UUID caseLeadId) {
		if (!mayChange(user, caseLeadId)) {
			throw new AccessDeniedException("only the case lead or a coordinator changes this client");
		}
	}

}
