package nl.koers.screening.api;

/**
 * What examining a client in a screening campaign showed.
 */
public enum ScreeningOutcome {

	/**
	 * The current route still fits.
	 */
	NO_CHANGE,

	/**
	 * The client may be ready for re-integration: a candidate for the route towards KP3.
	 */
	POSSIBLY_KP3,

	/**
	 * Another route within KP4 is advised.
	 */
	OTHER_ROUTE_ADVISED

}
