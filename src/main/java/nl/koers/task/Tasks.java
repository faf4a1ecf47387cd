package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
@Service
public class Tasks {

	private final TaskStore store;

	private final Clock clock;

	Tasks(TaskStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Opens a task of this type for the client, or moves the due date of the open one
	 * (one open task per client and type). Assignee = the given case lead (may be
	 * {@code null}: then unassigned, visible to coordinators); rescheduling also sets the
	 * assignee to the one given.
	 */
	@Transactional
	public void schedule(UUID municipalityId, UUID clientId, TaskType type, LocalDate dueDate, UUID assigneeId) {
		Objects.requireNonNull(municipalityId, "municipalityId");
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(dueDate, "dueDate");
		this.store.openOrReschedule(municipalityId, clientId, type, dueDate, assigneeId, this.clock.instant());
	}

	/**
	 * Closes the open task of this type as done, by this user (no-op when none is open).
	 */
	@Transactional
	public void complete(UUID clientId, TaskType type, UUID completedBy) {
		Objects.requireNonNull(completedBy, "completedBy");
		this.store.close(clientId, type, TaskStatus.DONE, completedBy, this.clock.instant());
	}

	/**
	 * Withdraws the open task of this type (no-op when none is open), e.g. the route
	 * changed.
	 */
	@Transactional
	public void cancel(UUID clientId, TaskType type) {
		this.store.close(clientId, type, TaskStatus.CANCELLED, null, this.clock.instant());
	}

	/**
	 * The open task of this type for the client, if any.
	 */
	@Transactional
	public Optional<TaskView> open(UUID clientId, TaskType type) {
		return this.store.findOpen(clientId, type);
	}

}
