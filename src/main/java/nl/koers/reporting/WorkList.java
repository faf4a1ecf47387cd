package nl.koers.reporting;

/**
 * The clients behind a figure of the work report that a coordinator may see by name.
 */
enum WorkList {

	/**
	 * Open reviews due before the reference date.
	 */
	OVERDUE_REVIEWS,

	/**
	 * Caseload clients without a conversation held in the 90 days up to the reference
	 * date.
	 */
	NO_CONTACT

}
