package nl.koers.client;

/**
 * The BRP gave no person: why, as a reason the form words in Dutch or English. The
 * message never holds the BSN.
 */
class BrpLookupFailedException extends RuntimeException {

	enum Reason {

		/**
		 * No living person with this BSN is registered in the municipality.
		 */
		NOT_FOUND,

		/**
		 * The BRP refused the question (4xx: key, authorisation, a question it does not
		 * accept).
		 */
		REFUSED,

		/**
		 * The BRP failed or could not be reached (5xx, too many requests, no connection).
		 */
		UNAVAILABLE,

		/**
		 * The BRP did not answer in time.
		 */
		TIMEOUT

	}

	private final Reason reason;

	BrpLookupFailedException(Reason reason, String detail, Throwable cause) {
		super("BRP look-up failed: " + reason + " (" + detail + ")", cause);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

	String messageKey() {
		return "brp.failed." + this.reason.name();
	}

}
