package nl.koers.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.Role;

/**
 * A registered system as the administrator's pages show it; {@code organisation} is empty
 * for a system bound to the municipality.
 */
record ApiSystemSummary(UUID id, String clientId, String name, String organisation, Role role, Set<ApiScope> scopes,
		Instant createdAt, Instant rotatedAt, Instant revokedAt) {
}
