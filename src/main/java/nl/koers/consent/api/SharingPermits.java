package nl.koers.consent.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The categories an organisation may receive about clients today: allowed by both a valid
 * data-sharing agreement and a consent that is valid and not withdrawn. Depends on
 * nothing but the consent records, so that a module implementing
 * {@code client.api.SharedClients} can ask it without a cycle through the client gate.
 * For other modules inside their own checked step; takes no user.
 */
public interface SharingPermits {

	/**
	 * The categories the organisation may receive about the client today; empty when
	 * none.
	 */
	Set<DataCategory> permitted(UUID municipalityId, UUID clientId, UUID organisationId);

	/**
	 * {@link #permitted} for several clients at once: every client given is a key, with
	 * an empty set when nothing is permitted.
	 */
	Map<UUID, Set<DataCategory>> permitted(UUID municipalityId, Collection<UUID> clientIds, UUID organisationId);

}
