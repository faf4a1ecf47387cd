package nl.koers.client;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.koers.client.api.ClientFileSummaryPart;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.SummaryPartView;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client file's summary: the client, read and logged once, and what every
 * {@link ClientFileSummaryPart} the reader may see says about them.
 */
@Service
class ClientFileService {

	private final ClientService clients;

	private final List<ClientFileSummaryPart> parts;

	ClientFileService(ClientService clients, List<ClientFileSummaryPart> parts) {
		this.clients = clients;
		this.parts = parts.stream().sorted(Comparator.comparingInt(ClientFileSummaryPart::order)).toList();
	}

	@Transactional
	public ClientFile file(CurrentUser user, UUID id) {
		ClientView client = this.clients.get(user, id);
		ClientRef ref = new ClientRef(client.id(), user.municipalityId(), client.displayName(), client.dateOfBirth(),
				client.benefitStartDate(), client.caseLead() == null ? null : client.caseLead().id());
		List<SummaryPartView> summary = this.parts.stream()
			.map(part -> part.summarize(user, ref))
			.flatMap(Optional::stream)
			.toList();
		return new ClientFile(client, summary, this.clients.mayChange(user, client));
	}

}
