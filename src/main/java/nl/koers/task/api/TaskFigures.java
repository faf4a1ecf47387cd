package nl.koers.task.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Counts of open tasks per assignee, for management information (the work report in
 * {@code reporting}): one grouped query per call, never a walk over tasks. These calls
 * take no user: the calling module has checked its own access rules, and they give ids
 * and counts only.
 */
public interface TaskFigures {

	/**
	 * Per assignee ({@code null}: unassigned) the open reviews
	 * ({@link TaskType#REST_REVIEW} and {@link TaskType#CARE_REVIEW}) overdue on
	 * {@code date} (due before it) and due from {@code date} to
	 * {@code date + dueWithinDays} (both inclusive), and the open outreach tasks
	 * ({@link TaskType#OUTREACH}: a no-show after which contact is not yet restored),
	 * with those of them overdue. Only assignees with at least one such task.
	 */
	List<AssigneeTasks> openPerAssignee(UUID municipalityId, LocalDate date, int dueWithinDays);

	/**
	 * The clients of the assignee's open reviews that are overdue on {@code date}, at
	 * most {@code limit}, earliest due first; ids only.
	 */
	List<UUID> overdueReviewClients(UUID municipalityId, UUID assigneeId, LocalDate date, int limit);

	/**
	 * One assignee's open tasks, counted.
	 *
	 * @param assigneeId the assignee, {@code null} for unassigned tasks
	 * @param reviewsOverdue open reviews due before the date
	 * @param reviewsDue open reviews due on the date or within the days asked for
	 * @param outreachOpen open outreach tasks
	 * @param outreachOverdue open outreach tasks due before the date
	 */
	record AssigneeTasks(UUID assigneeId, long reviewsOverdue, long reviewsDue, long outreachOpen,
			long outreachOverdue) {
	}

}
