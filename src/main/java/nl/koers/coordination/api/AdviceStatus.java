package nl.koers.coordination.api;

/**
 * Whether the coordination point has answered a request yet, and whether the asker has
 * closed it.
 */
public enum AdviceStatus {

	OPEN, ANSWERED, CLOSED

}
