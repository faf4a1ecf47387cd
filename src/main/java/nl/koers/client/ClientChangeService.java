package nl.koers.client;

import java.util.UUID;

import nl.koers.client.api.ClientChange;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change history of a client's details, case lead and household: for the staff
 * of the municipality who may read the client file, logged as a read.
 */
@Service
class ClientChangeService {

	private final ClientChangeStore store;

	private final ClientAccessService access;

	private final ClientPolicy policy;

	ClientChangeService(ClientChangeStore store, ClientAccessService access, ClientPolicy policy) {
		this.store = store;
		this.access = access;
		this.policy = policy;
	}

	@Transactional
	public ChangePage changes(CurrentUser user, UUID clientId, String next, int limit) {
		this.policy.requireReadMunicipality(user);
		ClientRef client = this.access.read(user, clientId);
		return new ChangePage(client, this.store.ofClient(client.municipalityId(), client.id(), next, limit));
	}

	/**
	 * A client and a page of their changes, newest first.
	 */
	record ChangePage(ClientRef client, CursorPage<ClientChange> changes) {
	}

}
