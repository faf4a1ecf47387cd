package nl.koers.accesslog.api;

/**
 * Whether the access went ahead, or was refused because the user may not see the client.
 */
public enum AccessOutcome {

	SUCCESS, DENIED

}
