package nl.koers.identity.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up users for other modules, inside their own checked step: consultants to assign
 * as case lead, and names to show.
 */
public interface UserDirectory {

	/**
	 * The consultant with this id in this municipality, if there is one and they are
	 * active.
	 */
	Optional<UserSummary> findConsultant(UUID municipalityId, UUID userId);

	/**
	 * The active consultants of the municipality, by name.
	 */
	List<UserSummary> consultants(UUID municipalityId);

	/**
	 * Every user of the municipality, by name.
	 */
	List<UserSummary> users(UUID municipalityId);

	/**
	 * The display names of these users, by id; unknown ids are left out.
	 */
	Map<UUID, String> displayNames(Collection<UUID> ids);

	/**
	 * The name of the municipality with this id, as files that leave Koers state it;
	 * empty for an unknown id.
	 */
	Optional<String> municipalityName(UUID municipalityId);

}
