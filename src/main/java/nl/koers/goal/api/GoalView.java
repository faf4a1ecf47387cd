package nl.koers.goal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A goal with its current status, its progress notes and its status history, both oldest
 * first.
 */
public record GoalView(UUID id, UUID clientId, GoalCategory category, String description, LocalDate startDate,
		GoalStatus status, String authorName, Instant recordedAt, long version, List<ProgressNote> progress,
		List<GoalStatusChange> statusHistory) {

	public boolean active() {
		return this.status == GoalStatus.ACTIVE;
	}

	/**
	 * The day of the latest status change, or the start date without one.
	 */
	public LocalDate statusSince() {
		return this.statusHistory.isEmpty() ? this.startDate
				: this.statusHistory.get(this.statusHistory.size() - 1).changedOn();
	}

}
