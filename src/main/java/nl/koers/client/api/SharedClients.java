package nl.koers.client.api;

import java.util.Set;
import java.util.UUID;

/**
 * Which data categories about a client an organisation may see now, decided by the module
 * that shares clients with organisations (referrals). The client module asks it before it
 * lets an institution worker read anything through {@link ClientAccess#readShared}.
 */
public interface SharedClients {

	/**
	 * The categories (names of {@code consent.DataCategory}) the organisation may see
	 * about the client today; empty when none.
	 */
	Set<String> sharedCategories(UUID clientId, UUID organisationId);

}
