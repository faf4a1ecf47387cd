package nl.koers.coordination;

/**
 * Whether the coordination point has answered a request yet.
 */
public enum AdviceStatus {

	OPEN, ANSWERED

}
