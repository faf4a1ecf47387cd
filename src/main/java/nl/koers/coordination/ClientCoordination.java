package nl.koers.coordination;

import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's signals and advice requests, for the client file; one read of the client.
 */
@Service
class ClientCoordination {

	private final Signals signals;

	private final AdviceRequests requests;

	private final ClientAccess clients;

	ClientCoordination(Signals signals, AdviceRequests requests, ClientAccess clients) {
		this.signals = signals;
		this.requests = requests;
		this.clients = clients;
	}

	@Transactional
	Overview overview(CurrentUser user, UUID clientId) {
		CoordinationRoles.requireActor(user);
		ClientRef client = this.clients.read(user, clientId);
		return new Overview(client.id(), client.displayName(), this.signals.ofClient(client),
				this.requests.ofClient(client));
	}

	record Overview(UUID clientId, String clientName, List<Signal> signals, List<AdviceRequest> requests) {
	}

}
