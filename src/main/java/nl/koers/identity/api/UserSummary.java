package nl.koers.identity.api;

import java.util.UUID;

/**
 * What other modules may know of a user: enough to show and pick them.
 */
public record UserSummary(UUID id, String username, String displayName) {
}
