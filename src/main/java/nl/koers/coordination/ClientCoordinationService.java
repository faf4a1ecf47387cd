package nl.koers.coordination;

import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.coordination.api.AdviceRequest;
import nl.koers.coordination.api.Signal;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's signals and advice requests, for the client file; one read of the client.
 */
@Service
class ClientCoordinationService {

	private final SignalService signals;

	private final AdviceRequestService requests;

	private final CoordinationPolicy policy;

	private final ClientAccess clients;

	ClientCoordinationService(SignalService signals, AdviceRequestService requests, CoordinationPolicy policy,
			ClientAccess clients) {
		this.policy = policy;
		this.signals = signals;
		this.requests = requests;
		this.clients = clients;
	}

	@Transactional
	Overview overview(CurrentUser user, UUID clientId) {
		this.policy.requireActor(user);
		ClientRef client = this.clients.read(user, clientId);
		return new Overview(client.id(), client.displayName(), this.signals.ofClient(client),
				this.requests.ofClient(client));
	}

	record Overview(UUID clientId, String clientName, List<Signal> signals, List<AdviceRequest> requests) {
	}

}
