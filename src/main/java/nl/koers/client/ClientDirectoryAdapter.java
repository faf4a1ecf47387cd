package nl.koers.client;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.accesslog.api.ClientDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the access log what it needs to answer a client's access request.
 */
@Component
@Transactional(readOnly = true)
class ClientDirectoryAdapter implements ClientDirectory {

	private final ClientRepository clients;

	ClientDirectoryAdapter(ClientRepository clients) {
		this.clients = clients;
	}

	@Override
	public Optional<UUID> findByBsn(UUID municipalityId, String bsn) {
		return this.clients.findByMunicipalityIdAndBsn(municipalityId, bsn).map(Client::getId);
	}

	@Override
	public Map<UUID, String> names(UUID municipalityId, Collection<UUID> clientIds) {
		return this.clients.findAllById(clientIds)
			.stream()
			.filter(client -> client.getMunicipalityId().equals(municipalityId))
			.collect(Collectors.toMap(Client::getId, Client::displayName));
	}

}
