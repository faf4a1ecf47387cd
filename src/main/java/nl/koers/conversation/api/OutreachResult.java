package nl.koers.conversation.api;

/**
 * What approaching the client gave.
 */
public enum OutreachResult {

	NO_RESPONSE, REFUSED, CONTACT_RESTORED

}
