package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.client.api.SharedClients;
import nl.koers.consent.api.SharingPermits;

import org.springframework.stereotype.Component;

/**
 * Tells the client module what a provider may see about a client with a trajectory under
 * one of its contracts: what the sharing agreement and the client's consent permit, while
 * the trajectory is with the provider (open or in aftercare). It asks only the store and
 * consent's permits, never the client gate, so the gate can take it as a plain
 * dependency.
 */
@Component
class SharedTrajectoryClients implements SharedClients {

	private final TrajectoryStore store;

	private final SharingPermits permits;

	private final Clock clock;

	SharedTrajectoryClients(TrajectoryStore store, SharingPermits permits, Clock clock) {
		this.store = store;
		this.permits = permits;
		this.clock = clock;
	}

	@Override
	public Set<String> sharedCategories(UUID clientId, UUID organisationId) {
		return this.store.sharedWith(clientId, organisationId, LocalDate.now(this.clock))
			.map(municipality -> this.permits.permitted(municipality, clientId, organisationId))
			.orElse(Set.of())
			.stream()
			.map(Enum::name)
			.collect(Collectors.toSet());
	}

}
