package nl.koers.goal.api;

/**
 * What a goal is about, in the demand-driven approach: the client's own wishes.
 */
public enum GoalCategory {

	BREAK_SOCIAL_ISOLATION, DAILY_RHYTHM, SELF_ESTEEM, VOLUNTEER_WORK, PAID_WORK, OTHER

}
