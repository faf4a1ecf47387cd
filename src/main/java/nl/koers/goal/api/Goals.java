package nl.koers.goal.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * The client's own goals: set by the case lead or a coordinator, followed with progress
 * notes, and achieved, stopped or made active again through dated status changes. A goal
 * that is not active takes no progress notes and only one status change: back to
 * {@link GoalStatus#ACTIVE}. Every call checks the user's role and passes the client
 * gate, which checks the client and writes the access log.
 */
public interface Goals {

	/**
	 * Sets a goal of the client, in the client's own words, starting on a day that is not
	 * in the future.
	 */
	GoalView set(CurrentUser user, UUID clientId, @Valid NewGoal goal);

	/**
	 * Adds a dated progress note to an active goal (not before the goal started, not in
	 * the future).
	 */
	GoalView addProgress(CurrentUser user, UUID goalId, @Valid NewProgressNote progress);

	/**
	 * Changes the goal's status with a day and a reason, if the goal still has the
	 * version the caller read (otherwise a conflict).
	 */
	GoalView changeStatus(CurrentUser user, UUID goalId, @Valid NewGoalStatus change);

	/**
	 * The client's goals as an institution worker may see them (the data category
	 * {@code GOALS}), oldest first: what the goal is, since when and how it stands,
	 * without the progress notes or the reasons of status changes. Passes
	 * {@code ClientAccess.readShared}, which logs the read and answers 404 unless the
	 * worker's organisation may see the goals today.
	 */
	List<SharedGoal> sharedGoals(CurrentUser worker, UUID clientId);

}
