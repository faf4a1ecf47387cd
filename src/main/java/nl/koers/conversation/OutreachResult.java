package nl.koers.conversation;

/**
 * What approaching the client gave.
 */
public enum OutreachResult {

	NO_RESPONSE, REFUSED, CONTACT_RESTORED

}
