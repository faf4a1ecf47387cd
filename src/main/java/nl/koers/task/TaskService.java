package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import nl.koers.system.Open;
import nl.koers.task.api.TaskStatus;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.TaskView;
import nl.koers.task.api.Tasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes tasks for the modules that know why, in their transaction (see
 * {@link Tasks}).
 */
@Service
class TaskService implements Tasks {

	private static final String OPEN = "called by other modules inside their own checked step; takes no user";

	private final TaskStore store;

	private final Clock clock;

	private final TaskMetrics metrics;

	TaskService(TaskStore store, Clock clock, TaskMetrics metrics) {
		this.store = store;
		this.clock = clock;
		this.metrics = metrics;
	}

	@Override
	@Transactional
	@Open(OPEN)
	public void schedule(UUID municipalityId, UUID clientId, TaskType type, LocalDate dueDate, UUID assigneeId) {
		Objects.requireNonNull(municipalityId, "municipalityId");
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(dueDate, "dueDate");
		if (this.store.openOrReschedule(municipalityId, clientId, type, dueDate, assigneeId, this.clock.instant())) {
			this.metrics.opened(type);
		}
	}

	@Override
	@Transactional
	@Open(OPEN)
	public void complete(UUID clientId, TaskType type, UUID completedBy) {
		Objects.requireNonNull(completedBy, "completedBy");
		this.store.close(clientId, type, TaskStatus.DONE, completedBy, this.clock.instant());
	}

	@Override
	@Transactional
	@Open(OPEN)
	public void cancel(UUID clientId, TaskType type) {
		this.store.close(clientId, type, TaskStatus.CANCELLED, null, this.clock.instant());
	}

	@Override
	@Transactional
	@Open(OPEN)
	public Optional<TaskView> open(UUID clientId, TaskType type) {
		return this.store.findOpen(clientId, type);
	}

}
