package nl.koers.route.api;

/**
 * What the case lead decided at a review.
 */
public enum ReviewDecision {

	/**
	 * The rest period goes on until a new end date.
	 */
	EXTEND_REST,

	/**
	 * Care support goes on; the next review comes one interval later.
	 */
	KEEP_CARE_SUPPORT,

	/**
	 * The client moves to another route.
	 */
	CHANGE_ROUTE

}
