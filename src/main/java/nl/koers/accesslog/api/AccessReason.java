package nl.koers.accesslog.api;

/**
 * Why a user opens a client outside their own caseload (a client whose case lead is
 * someone else, or no one): chosen from this list on the page "Waarom open je dit
 * dossier?", stored in the access log with every entry for that client in that session.
 * {@code OTHER} needs a short text; the others may have one.
 */
public enum AccessReason {

	/**
	 * Standing in for a colleague (illness, leave).
	 */
	STAND_IN,

	/**
	 * A question of the client or of an institution.
	 */
	QUESTION,

	/**
	 * Handing the client over, or taking them over.
	 */
	HANDOVER,

	/**
	 * Dividing the caseload, or coordination.
	 */
	COORDINATION,

	/**
	 * Another reason, in the text.
	 */
	OTHER;

	/**
	 * The longest text a reason may have.
	 */
	public static final int TEXT_LENGTH = 200;

}
