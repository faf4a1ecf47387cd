package nl.koers.conversation.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An attempt to reach a client after a no-show; {@code contactRestored} is false when it
 * failed.
 */
public record OutreachAttemptRecorded(UUID attemptId, UUID clientId, UUID municipalityId, LocalDate date,
		boolean contactRestored) {
}
