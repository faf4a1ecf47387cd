package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.UserDirectory;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.NotFoundException;
import nl.koers.task.api.TaskStatus;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.TaskView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklists: a consultant's own open tasks, and for coordinators all open tasks of
 * their municipality, unassigned ones included. Other roles get 403; another
 * municipality's tasks are never found. Client names come through {@link ClientAccess},
 * which writes the access log.
 */
@Service
class WorklistService {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final TaskStore store;

	private final ClientAccess clients;

	private final UserDirectory users;

	private final TaskPolicy policy;

	private final Clock clock;

	WorklistService(TaskStore store, ClientAccess clients, UserDirectory users, TaskPolicy policy, Clock clock) {
		this.store = store;
		this.clients = clients;
		this.users = users;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The caller's open tasks by due date, optionally only those due before a day or of
	 * one type; one access log entry per client shown.
	 */
	@Transactional
	public CursorPage<TaskItem> open(CurrentUser user, LocalDate dueBefore, TaskType type, String next, int limit) {
		TaskStore.Criteria criteria = new TaskStore.Criteria(user.municipalityId(), assigneeScope(user), dueBefore,
				type);
		CursorPage<TaskView> page = this.store.open(criteria, next, limit);
		Map<UUID, ClientRef> shown = this.clients.list(user,
				page.items().stream().map(TaskView::clientId).distinct().toList());
		Map<UUID, String> assignees = this.users
			.displayNames(page.items().stream().map(TaskView::assigneeId).filter(Objects::nonNull).distinct().toList());
		LocalDate today = today();
		List<TaskItem> items = page.items()
			.stream()
			.filter(task -> shown.containsKey(task.clientId()))
			.map(task -> item(task, shown.get(task.clientId()), assignees, today))
			.toList();
		return new CursorPage<>(items, page.next());
	}

	/**
	 * One task of the caller's municipality, open or closed; reading it logs a read of
	 * the client.
	 */
	@Transactional
	public TaskItem get(CurrentUser user, UUID id) {
		this.policy.requireWorklist(user);
		TaskView task = this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("task"));
		ClientRef client = this.clients.read(user, task.clientId());
		Map<UUID, String> assignees = task.assigneeId() == null ? Map.of()
				: this.users.displayNames(List.of(task.assigneeId()));
		return item(task, client, assignees, today());
	}

	/**
	 * How many of the caller's open tasks are overdue; a count, no personal data.
	 */
	@Transactional(readOnly = true)
	public int overdue(CurrentUser user) {
		return this.store.count(new TaskStore.Criteria(user.municipalityId(), assigneeScope(user), today(), null));
	}

	/**
	 * Whether the caller's worklist is the municipality's rather than their own.
	 */
	boolean municipalityWide(CurrentUser user) {
		return assigneeScope(user) == null;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	/**
	 * Coordinators see the municipality's tasks ({@code null}: any assignee), consultants
	 * their own.
	 */
	private UUID assigneeScope(CurrentUser user) {
		this.policy.requireWorklist(user);
		return this.policy.maySeeMunicipalityWorklist(user) ? null : user.id();
	}

	private static TaskItem item(TaskView task, ClientRef client, Map<UUID, String> assignees, LocalDate today) {
		boolean overdue = task.status() == TaskStatus.OPEN && task.dueDate().isBefore(today);
		return new TaskItem(task.id(), task.type(), task.clientId(), client.displayName(), task.dueDate(), overdue,
				task.assigneeId(), task.assigneeId() == null ? null : assignees.get(task.assigneeId()), task.status());
	}

}
