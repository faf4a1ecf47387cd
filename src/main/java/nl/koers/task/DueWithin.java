package nl.koers.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The worklist page's filter: tasks due within this week, within four weeks, or all open
 * tasks. Overdue tasks are always in.
 */
enum DueWithin {

	/**
	 * Due up to and including this Sunday.
	 */
	WEEK,

	/**
	 * Due up to and including the same weekday four weeks from today.
	 */
	FOUR_WEEKS,

	/**
	 * Every open task.
	 */
	ALL;

	/**
	 * The first day that is no longer in; {@code null} for all tasks.
	 */
	LocalDate dueBefore(LocalDate today) {
		return switch (this) {
			case WEEK -> today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
			case FOUR_WEEKS -> today.plusWeeks(4).plusDays(1);
			case ALL -> null;
		};
	}

}
