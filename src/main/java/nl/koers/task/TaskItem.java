package nl.koers.task;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.task.api.TaskStatus;
import nl.koers.task.api.TaskType;

/**
 * A task on a worklist, with the client's name.
 *
 * @param id the task
 * @param type what is to be done
 * @param clientId the client
 * @param clientName the client's name
 * @param dueDate the day it should be done by
 * @param overdue whether an open task's due date has passed (Europe/Amsterdam)
 * @param assigneeId the consultant who should do it; {@code null}: unassigned
 * @param assigneeName the assignee's name; {@code null}: unassigned
 * @param status open, done or cancelled; a worklist holds open tasks only
 */
record TaskItem(UUID id, TaskType type, UUID clientId, String clientName, LocalDate dueDate, boolean overdue,
		UUID assigneeId, String assigneeName, TaskStatus status) {
}
