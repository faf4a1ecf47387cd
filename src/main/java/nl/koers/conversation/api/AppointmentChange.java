package nl.koers.conversation.api;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One recorded change of an appointment: the time it was planned at after the change, the
 * time before (for a rescheduling), the reason, who and when.
 */
public record AppointmentChange(AppointmentChangeKind kind, LocalDateTime plannedAt, LocalDateTime previousPlannedAt,
		String reason, String authorName, Instant recordedAt) {
}
