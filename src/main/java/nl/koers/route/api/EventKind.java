package nl.koers.route.api;

/**
 * What a recorded route event is. The order is the order of events on the same day: a
 * profile decision first, then a route change, a review, and a handover last.
 */
public enum EventKind {

	PROFILE_DECISION, ROUTE_CHANGE, REVIEW, HANDOVER

}
