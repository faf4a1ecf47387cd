package nl.koers.route.api;

/**
 * The route of a KP4 client.
 */
public enum Route {

	/**
	 * In onderzoek: not yet placed in a route.
	 */
	INVESTIGATION,

	/**
	 * Mogelijk KP3: ready to work on re-integration; ends in a handover to the partner
	 * organisation.
	 */
	TOWARDS_KP3,

	/**
	 * Ondersteuningstraject zorg: care comes first, reviewed periodically.
	 */
	CARE_SUPPORT,

	/**
	 * Rust: no talk of activation until the end of the rest period.
	 */
	REST

}
