package nl.koers.task.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks for a client's case lead, opened and closed by the modules that know why: a
 * no-show opens outreach, a rest period opens its review, and so on. These calls take no
 * user: the calling module has already checked access to the client. They join the
 * caller's transaction, so a task opens or closes together with the change that caused
 * it.
 * <p>
 * There is at most one open task per client and type; when the client gets a new case
 * lead, the open tasks move along.
 */
public interface Tasks {

	/**
	 * Opens a task of this type for the client, or moves the due date of the open one
	 * (one open task per client and type). Assignee = the given case lead (may be
	 * {@code null}: then unassigned, visible to coordinators); rescheduling also sets the
	 * assignee to the one given.
	 */
	void schedule(UUID municipalityId, UUID clientId, TaskType type, LocalDate dueDate, UUID assigneeId);

	/**
	 * Closes the open task of this type as done, by this user (no-op when none is open).
	 */
	void complete(UUID clientId, TaskType type, UUID completedBy);

	/**
	 * Withdraws the open task of this type (no-op when none is open), e.g. the route
	 * changed.
	 */
	void cancel(UUID clientId, TaskType type);

	/**
	 * The open task of this type for the client, if any.
	 */
	Optional<TaskView> open(UUID clientId, TaskType type);

}
