package nl.koers.route.api;

/**
 * What a recorded route event is. The order is the order of events on the same day: a
 * profile decision first, then a route change, a review, a handover, and an outflow (the
 * benefit ended, recorded by the benefit's end, never by hand) last.
 */
public enum EventKind {

	PROFILE_DECISION, ROUTE_CHANGE, REVIEW, HANDOVER, OUTFLOW

}
