package nl.koers.goal.api;

/**
 * Where a goal stands. A goal starts {@code ACTIVE}; an achieved or stopped goal can only
 * be made active again.
 */
public enum GoalStatus {

	ACTIVE, ACHIEVED, STOPPED

}
