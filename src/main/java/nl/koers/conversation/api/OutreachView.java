package nl.koers.conversation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An attempt to reach a client after a no-show.
 */
public record OutreachView(UUID id, UUID clientId, OutreachMethod method, OutreachResult result, LocalDate attemptedOn,
		String note, String authorName, Instant recordedAt) {
}
