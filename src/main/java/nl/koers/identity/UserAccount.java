package nl.koers.identity;

import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.Role;

/**
 * A user account as administrators see it.
 */
record UserAccount(UUID id, String username, String displayName, Set<Role> roles, UUID organisationId, boolean enabled,
		boolean locked, long version) {
}
