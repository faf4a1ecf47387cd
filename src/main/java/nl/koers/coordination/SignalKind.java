package nl.koers.coordination;

/**
 * What a signal is about.
 */
public enum SignalKind {

	PSYCHIATRIC, ADDICTION, BOTH

}
