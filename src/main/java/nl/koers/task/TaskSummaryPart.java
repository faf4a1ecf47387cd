package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.koers.client.api.ClientFileSummaryPart;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SummaryPartView;
import nl.koers.client.api.SummaryPartView.Line;
import nl.koers.identity.api.CurrentUser;
import nl.koers.task.api.TaskView;

import org.springframework.stereotype.Component;

/**
 * The client's open tasks on the client file's summary, soonest due first; an overdue one
 * is marked. Read with the worklist's right, in one query.
 */
@Component
class TaskSummaryPart implements ClientFileSummaryPart {

	static final int SHOWN = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final TaskPolicy policy;

	private final TaskStore tasks;

	private final Clock clock;

	TaskSummaryPart(TaskPolicy policy, TaskStore tasks, Clock clock) {
		this.policy = policy;
		this.tasks = tasks;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public Optional<SummaryPartView> summarize(CurrentUser user, ClientRef client) {
		if (!this.policy.mayKeepWorklist(user)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<TaskView> open = this.tasks.openOfClient(client.municipalityId(), client.id());
		List<Line> lines = new ArrayList<>();
		for (TaskView task : open.subList(0, Math.min(SHOWN, open.size()))) {
			boolean overdue = task.dueDate().isBefore(today);
			Line line = Line.of(null, overdue ? "file.task.overdue" : "file.task.due", DAY.format(task.dueDate()))
				.withValue("task.type." + task.type());
			lines.add(overdue ? line.alerted() : line);
		}
		if (open.size() > SHOWN) {
			lines.add(Line.of(null, "file.andMore", String.valueOf(open.size() - SHOWN)));
		}
		return Optional.of(new SummaryPartView("tasks", "file.tasks", null, lines, "file.tasks.none"));
	}

}
