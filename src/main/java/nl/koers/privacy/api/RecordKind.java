package nl.koers.privacy.api;

/**
 * A kind of record with a retention period of its own
 * ({@code koers.retention.periods.<kind>}). The periods count from the day the client's
 * file closed, except {@link #ACCESS_LOG}, which counts from the day of each entry.
 */
public enum RecordKind {

	/**
	 * The client's file: the client's details, household, benefit periods, route, tasks,
	 * conversations, assessments, goals, agreements, consents, referrals, trajectories.
	 * Its period is the longest of the kinds about a client; when it has passed, the
	 * client itself is anonymised.
	 */
	FILE,

	/**
	 * Decisions about the client under the Awb: measures, exemptions from the
	 * job-application duty, and the decision letters sent.
	 */
	DECISIONS,

	/**
	 * Documents added to the file: uploads and the letters filed.
	 */
	DOCUMENTS,

	/**
	 * The history of changes to the client's details and household (old and new value).
	 */
	CHANGE_HISTORY,

	/**
	 * The access log: who read or changed what, when. Kept for its own period counted
	 * from each entry, not from the file's closing; retention does not touch it per
	 * client.
	 */
	ACCESS_LOG;

	/**
	 * Whether the period counts from the day the client's file closed (every kind but the
	 * access log).
	 */
	public boolean perClient() {
		return this != ACCESS_LOG;
	}

}
