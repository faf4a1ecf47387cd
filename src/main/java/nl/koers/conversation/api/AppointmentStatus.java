package nl.koers.conversation.api;

/**
 * Where an appointment stands: planned, or how it ended.
 */
public enum AppointmentStatus {

	PLANNED, HELD, NO_SHOW, REFUSED, CANCELLED

}
