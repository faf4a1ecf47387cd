package nl.koers.conversation.api;

/**
 * How a client who did not show up was approached.
 */
public enum OutreachMethod {

	PHONE, LETTER, HOME_VISIT, VIA_INSTITUTION

}
