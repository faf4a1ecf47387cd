package nl.koers.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.Role;

/**
 * A user account as administrators see it, with its failed sign-ins (those not yet
 * forgiven) and until when its sign-in is delayed (none when it is not).
 */
record UserAccount(UUID id, String username, String displayName, Set<Role> roles, UUID organisationId, boolean enabled,
		int recentFailures, Instant delayedUntil, long version) {

	boolean throttled() {
		return this.delayedUntil != null;
	}

}
