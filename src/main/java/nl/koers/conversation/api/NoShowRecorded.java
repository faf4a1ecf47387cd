package nl.koers.conversation.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client did not show up for a planned conversation.
 */
public record NoShowRecorded(UUID appointmentId, UUID clientId, UUID municipalityId, LocalDate date) {
}
