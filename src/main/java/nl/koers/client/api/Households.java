package nl.koers.client.api;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * The households clients belong to: the client file's household, recording its members
 * (the pages, the API and imports), and which household each client belongs to for the
 * reports. A client belongs to exactly one household; one registered without members has
 * a household of their own.
 */
public interface Households {

	/**
	 * The household of a client the user may read; logged as a read of the client.
	 */
	HouseholdView household(CurrentUser user, UUID clientId);

	/**
	 * Replaces the members of the client's household; only the case lead or a coordinator
	 * of the client, and of every client the members name by BSN. A member who is a
	 * client of the municipality joins the household (leaving a household of their own,
	 * which is removed); a client no longer named leaves it for a household of their own.
	 * A stale version gives a conflict.
	 */
	HouseholdView replaceMembers(CurrentUser user, UUID clientId, @Valid HouseholdMembers members);

	/**
	 * For each of these clients of the municipality, the household they belong to; ids of
	 * other municipalities are left out. For counting households: no personal data.
	 */
	Map<UUID, UUID> householdsOf(UUID municipalityId, Collection<UUID> clientIds);

}
