package nl.koers.client.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

/**
 * The gate other modules pass before they show or change anything about a client: it
 * applies the client access rules (403 for a role without access, 404 for a client the
 * caller may not see) and writes the access log entry in the caller's transaction.
 */
public interface ClientAccess {

	/**
	 * The client, for reading data about them; logs a read.
	 */
	ClientRef read(CurrentUser user, UUID clientId);

	/**
	 * The client, for recording something about them: only the case lead or a
	 * coordinator; logs an update, a refusal (403 or 404) as denied.
	 */
	ClientRef change(CurrentUser user, UUID clientId);

	/**
	 * The client, for a form that will change them (it shows their data first): only the
	 * case lead or a coordinator, checked before anything is logged as read; logs a read.
	 * A refusal (403, or 404 for a client the caller may not see) is logged as denied and
	 * never as a read.
	 */
	ClientRef readToChange(CurrentUser user, UUID clientId);

	/**
	 * What an institution worker may read about a client in one data category (see
	 * {@link SharedClient}): only when a {@link SharedClients} allows that category for
	 * the worker's organisation now; logs a read. Any other case is logged as denied and
	 * answered as not found; other roles get 403.
	 */
	SharedClient readShared(CurrentUser worker, UUID clientId, String category);

	/**
	 * Whether the user may change (record something about) this client, for what a page
	 * offers.
	 */
	boolean mayChange(CurrentUser user, ClientRef client);

	/**
	 * Clients of the caller's municipality for a list the caller may see; logs one list
	 * entry per client returned. Unknown ids and other municipalities' clients are left
	 * out.
	 */
	Map<UUID, ClientRef> list(CurrentUser user, Collection<UUID> clientIds);

	/**
	 * The ids of the caller's own caseload, to narrow a selection to the clients a
	 * consultant leads; no personal data, so nothing is logged.
	 */
	List<UUID> caseload(CurrentUser user);

	/**
	 * The client's case lead, for a module that opens a task after someone outside the
	 * municipality's staff (a provider) recorded a step; no personal data, so nothing is
	 * logged.
	 */
	Optional<UUID> caseLead(UUID municipalityId, UUID clientId);

}
