package nl.koers.conversation.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client explicitly refused a conversation: at an appointment, in a contact or when
 * approached in outreach. {@code sourceId} is the appointment, contact or outreach
 * attempt.
 */
public record ConversationRefused(UUID sourceId, UUID clientId, UUID municipalityId, LocalDate date) {
}
