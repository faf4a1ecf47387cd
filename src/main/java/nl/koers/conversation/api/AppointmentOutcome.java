package nl.koers.conversation.api;

/**
 * How a planned conversation went.
 */
public enum AppointmentOutcome {

	HELD,

	NO_SHOW,

	/**
	 * The client came or was reached but refused the conversation.
	 */
	REFUSED

}
