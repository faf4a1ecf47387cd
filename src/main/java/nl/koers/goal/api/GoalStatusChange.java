package nl.koers.goal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One change of a goal's status, with its day, reason, author and recording time.
 */
public record GoalStatusChange(UUID id, GoalStatus status, LocalDate changedOn, String reason, String authorName,
		Instant recordedAt) {
}
