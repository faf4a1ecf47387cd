package nl.koers.route.api;

/**
 * The client profile (klantprofiel) decided after the assessment.
 */
public enum ClientProfile {

	/**
	 * Directly available for paid work.
	 */
	KP1,

	/**
	 * Available soon, with temporary support.
	 */
	KP2,

	/**
	 * Available within two years, with longer support.
	 */
	KP3,

	/**
	 * No realistic prospect of paid work within two years.
	 */
	KP4

}
