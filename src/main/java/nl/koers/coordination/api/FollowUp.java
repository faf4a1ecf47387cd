package nl.koers.coordination.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded follow-up of a signal.
 */
public record FollowUp(LocalDate notedOn, SignalStatus status, String note, String authorName, Instant recordedAt) {
}
