package nl.koers.coordination.api;

/**
 * What a signal is about.
 */
public enum SignalKind {

	PSYCHIATRIC, ADDICTION, BOTH

}
