package nl.koers.trajectory;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.client.api.SharedClients;

import org.springframework.stereotype.Component;

/**
 * Tells the client module what a provider may see about a client with a trajectory under
 * one of its contracts.
 */
@Component
class SharedTrajectoryClients implements SharedClients {

	private final TrajectorySides sides;

	SharedTrajectoryClients(TrajectorySides sides) {
		this.sides = sides;
	}

	@Override
	public Set<String> sharedCategories(UUID clientId, UUID organisationId) {
		return this.sides.shared(clientId, organisationId).stream().map(Enum::name).collect(Collectors.toSet());
	}

}
