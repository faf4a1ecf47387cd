package nl.koers.task.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A task as other modules see it.
 *
 * @param id the task
 * @param clientId the client it is about
 * @param type what is to be done
 * @param dueDate the day it should be done by
 * @param assigneeId the consultant who should do it (the client's case lead), or
 * {@code null} when the client has none: then coordinators pick it up
 * @param status open, done or cancelled
 * @param municipalityId the client's municipality
 * @param createdAt when the task was opened
 * @param closedAt when it was done or cancelled; {@code null} while open
 * @param closedBy who did it; {@code null} while open and for a cancelled task
 */
public record TaskView(UUID id, UUID clientId, TaskType type, LocalDate dueDate, UUID assigneeId, TaskStatus status,
		UUID municipalityId, Instant createdAt, Instant closedAt, UUID closedBy) {
}
