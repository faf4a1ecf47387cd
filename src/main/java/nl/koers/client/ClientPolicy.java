package nl.koers.client;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which clients. Roles decide what a user may do at all (403 when
 * not); the municipality and the case lead decide which clients (404 when not, so nothing
 * leaks). Other modules never ask it directly: they pass
 * {@link nl.koers.client.api.ClientAccess}, which applies it.
 */
@Component("clientPolicy")
class ClientPolicy {

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
		 * {@link nl.koers.client.api.ClientAccess#readShared}: one data category at a
		 * time, as the active referral and {@code consent.Sharing} allow. The client
		 * file, lists, search and every other module's pages stay closed (404, empty).
		 */
		REFERRED

	}

	/**
	 * The client pages open at all (what each shows is decided below).
	 */
	static final Permission OPEN_PAGES = Permission.of("open the client pages", Role.CONSULTANT, Role.COORDINATOR,
			Role.INSTITUTION_WORKER);

	static final Permission READ_MUNICIPALITY = Permission.of("read the municipality's clients", Role.CONSULTANT,
			Role.COORDINATOR);

	static final Permission READ_SHARED = Permission.of("read what is shared about referred clients",
			Role.INSTITUTION_WORKER);

	static final Permission REGISTER = Permission.of("register clients", Role.CONSULTANT, Role.COORDINATOR);

	/**
	 * Coordinators list and change every client of the municipality.
	 */
	static final Permission COORDINATE = Permission.of("list and change every client", Role.COORDINATOR);

	/**
	 * Consultants change the clients they lead and clients without a case lead.
	 */
	static final Permission LEAD = Permission.of("change the clients one leads", Role.CONSULTANT);

	/**
	 * Coordinators set and lift legal holds, which keep a file from the retention run.
	 */
	static final Permission HOLD = Permission.of("set and lift legal holds", Role.COORDINATOR);

	public boolean mayHold(CurrentUser user) {
		return HOLD.allows(user);
	}

	void requireHold(CurrentUser user) {
		HOLD.require(user);
	}

	public boolean mayOpen(CurrentUser user) {
		return OPEN_PAGES.allows(user);
	}

	public boolean mayRegister(CurrentUser user) {
		return REGISTER.allows(user);
	}

	/**
	 * Whether the user lists and searches the municipality's clients (the navigation
	 * shows the caseload and search).
	 */
	public boolean mayReadMunicipality(CurrentUser user) {
		return READ_MUNICIPALITY.allows(user);
	}

	void requireRegister(CurrentUser user) {
		REGISTER.require(user);
	}

	/**
	 * A consultant who registers a client without naming a case lead becomes it.
	 */
	boolean leadsWhatTheyRegister(CurrentUser user) {
		return LEAD.allows(user);
	}

	/**
	 * Which clients the user may read; 403 for a role without access to client data.
	 */
	ReadScope readScope(CurrentUser user) {
		if (READ_MUNICIPALITY.allows(user)) {
			return ReadScope.MUNICIPALITY;
		}
		if (READ_SHARED.allows(user)) {
			return ReadScope.REFERRED;
		}
		throw new AccessDeniedException("this role has no access to client files");
	}

	void requireReadMunicipality(CurrentUser user) {
		READ_MUNICIPALITY.require(user);
	}

	void requireReadShared(CurrentUser user) {
		READ_SHARED.require(user);
	}

	/**
	 * Coordinators list the whole municipality; consultants list their own caseload.
	 */
	boolean listsMunicipality(CurrentUser user) {
		return COORDINATE.allows(user);
	}

	/**
	 * Coordinators change any client of their municipality; a consultant changes the
	 * clients they lead and clients that have no case lead yet.
	 */
	boolean mayChange(CurrentUser user, UUID caseLeadId) {
		if (COORDINATE.allows(user)) {
			return true;
		}
		return LEAD.allows(user) && (caseLeadId == null || caseLeadId.equals(user.id()));
	}

	/**
	 * Whether the user first gives a reason of access to open this client: a consultant
	 * or coordinator who is not the client's case lead (someone else leads the client, or
	 * no one). Institution workers read only referred clients, one shared category at a
	 * time, and are not asked.
	 */
	boolean asksReason(CurrentUser user, UUID caseLeadId) {
		return READ_MUNICIPALITY.allows(user) && !user.id().equals(caseLeadId);
	}

	void requireChange(CurrentUser user, UUID caseLeadId) {
		if (!mayChange(user, caseLeadId)) {
			throw new AccessDeniedException("only the case lead or a coordinator changes this client");
		}
	}

}
