package nl.koers.conversation.api;

/**
 * How a conversation takes place.
 */
public enum Channel {

	FACE_TO_FACE, PHONE, HOME_VISIT, VIDEO

}
