package nl.koers.task;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.system.Open;
import nl.koers.task.api.TaskFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open tasks counted per assignee ({@link TaskFigures}), for reports that check their own
 * access rules.
 */
@Service
class TaskFigureService implements TaskFigures {

	private static final String FOR_REPORTS = "called by reporting inside its own checked step; takes no user and "
			+ "gives ids and counts only";

	private final TaskFigureStore store;

	TaskFigureService(TaskFigureStore store) {
		this.store = store;
	}

	@Override
	@Open(FOR_REPORTS)
	@Transactional(readOnly = true)
	public List<AssigneeTasks> openPerAssignee(UUID municipalityId, LocalDate date, int dueWithinDays) {
		return this.store.openPerAssignee(municipalityId, date, date.plusDays(dueWithinDays));
	}

	@Override
	@Open(FOR_REPORTS)
	@Transactional(readOnly = true)
	public List<UUID> overdueReviewClients(UUID municipalityId, UUID assigneeId, LocalDate date, int limit) {
		return this.store.overdueReviewClients(municipalityId, assigneeId, date, limit);
	}

}
