package nl.koers.conversation.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A conversation without an appointment; {@code occurredAt} is local time in
 * Europe/Amsterdam.
 */
public record ContactView(UUID id, UUID clientId, LocalDateTime occurredAt, Channel channel, String summary,
		boolean refused, String authorName, Instant recordedAt) {
}
