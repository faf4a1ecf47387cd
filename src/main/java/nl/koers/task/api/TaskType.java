package nl.koers.task.api;

/**
 * What a task asks of the case lead.
 */
public enum TaskType {

	/**
	 * Approach a client who did not show up for a conversation (outreach).
	 */
	OUTREACH,

	/**
	 * Decide, near the end of a rest period, whether to extend it.
	 */
	REST_REVIEW,

	/**
	 * The periodic review of a client on the care-support route.
	 */
	CARE_REVIEW,

	/**
	 * Follow up a referral that was not accepted, declined, ended or cancelled by its
	 * follow-up date.
	 */
	REFERRAL_FOLLOW_UP,

	/**
	 * A purchased trajectory nears its maximum duration: decide how it ends.
	 */
	TRAJECTORY_ENDING,

	/**
	 * A purchased trajectory runs past its maximum duration.
	 */
	TRAJECTORY_OVERDUE,

	/**
	 * The client's benefit ended (outflow): the client's other open tasks were cancelled;
	 * check the file and close what is left.
	 */
	BENEFIT_ENDED

}
