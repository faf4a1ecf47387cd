package nl.koers.coordination.api;

/**
 * How far the coordination point is with a signal: new, being followed up, or closed.
 */
public enum SignalStatus {

	NEW, IN_PROGRESS, CLOSED

}
