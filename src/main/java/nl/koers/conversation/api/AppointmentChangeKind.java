package nl.koers.conversation.api;

/**
 * A recorded change of an appointment; the outcomes share their names with the statuses.
 */
public enum AppointmentChangeKind {

	PLANNED, RESCHEDULED, CANCELLED, HELD, NO_SHOW, REFUSED

}
