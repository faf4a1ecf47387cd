package nl.koers.conversation.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * Planned conversations with a client, for modules that plan them or record how they went
 * (the demo data). Every change is kept; a no-show opens outreach for the case lead and
 * is published as {@link NoShowRecorded}, a refusal as {@link ConversationRefused}. Each
 * call checks that the user may change the client's file (the case lead or a
 * coordinator).
 */
public interface Appointments {

	/**
	 * Plans a conversation with the client, not before the current minute (a conversation
	 * that already took place is {@link #recordPast}); without a consultant in
	 * {@code plan} the case lead holds it, or else the planner.
	 */
	AppointmentView plan(CurrentUser user, UUID clientId, @Valid AppointmentPlan plan);

	/**
	 * Records how a planned appointment whose time has come went (held, no-show,
	 * refused).
	 */
	AppointmentView recordOutcome(CurrentUser user, UUID appointmentId, @Valid AppointmentOutcomeReport report);

	/**
	 * Records a conversation that already took place (not after now) with its outcome, in
	 * one step.
	 */
	AppointmentView recordPast(CurrentUser user, UUID clientId, @Valid PastAppointment appointment);

}
