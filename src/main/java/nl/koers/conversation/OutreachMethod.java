package nl.koers.conversation;

/**
 * How a client who did not show up was approached.
 */
public enum OutreachMethod {

	PHONE, LETTER, HOME_VISIT, VIA_INSTITUTION

}
