package nl.koers.reporting.api;

/**
 * A target's value: a percentage of the clients it is about, or a number of clients.
 */
public enum TargetUnit {

	PERCENT, CLIENTS

}
