package nl.koers.goal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated progress note on a goal, with who wrote it and when.
 */
public record ProgressNote(UUID id, LocalDate notedOn, String note, String authorName, Instant recordedAt) {
}
