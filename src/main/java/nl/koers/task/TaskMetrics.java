package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.koers.system.AfterCommit;
import nl.koers.task.api.TaskType;

import org.springframework.stereotype.Component;

/**
 * Tasks opened, by type, once committed ({@code koers.tasks.opened}), and the open tasks
 * past their due date ({@code koers.tasks.overdue}, by type, over all municipalities:
 * counted in the database at every scrape, so every node reports the same number).
 */
@Component
class TaskMetrics {

	private final MeterRegistry registry;

	TaskMetrics(MeterRegistry registry, TaskStore store, Clock clock) {
		this.registry = registry;
		for (TaskType type : TaskType.values()) {
			counter(type);
			Gauge.builder("koers.tasks.overdue", () -> store.overdue(type, today(clock)))
				.description("Open tasks past their due date")
				.tag("type", tag(type))
				.register(registry);
		}
	}

	void opened(TaskType type) {
		AfterCommit.run(counter(type)::increment);
	}

	private Counter counter(TaskType type) {
		return Counter.builder("koers.tasks.opened")
			.description("Tasks opened")
			.tag("type", tag(type))
			.register(this.registry);
	}

	private static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(WorklistService.ZONE));
	}

	private static String tag(TaskType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

}
