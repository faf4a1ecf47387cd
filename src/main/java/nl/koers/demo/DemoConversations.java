package nl.koers.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.conversation.api.AppointmentOutcome;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.NewContact;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.LifeDomain;
import nl.koers.conversation.api.NewOutreachAttempt;
import nl.koers.conversation.api.PastAppointment;
import nl.koers.conversation.api.OutreachMethod;
import nl.koers.conversation.api.OutreachResult;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.identity.api.CurrentUser;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Gives the demo consultant's first clients conversations: some held in the past, a
 * no-show with an unanswered outreach attempt (so outreach is open on the worklist), a
 * contact, and appointments this week and next.
 */
@Component
@Conditional(DemoEnabledCondition.class)
class DemoConversations implements DemoStep {

	private static final String TOWN_HALL = "Gemeentehuis Geldermalsen";

	private final Appointments appointments;

	private final Contacts contacts;

	private final ClientAccess clients;

	private final Clock clock;

	DemoConversations(Appointments appointments, Contacts contacts, ClientAccess clients, Clock clock) {
		this.appointments = appointments;
		this.contacts = contacts;
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void load(DemoWorld world) {
		conversations(world.actor("consulent"));
	}

	private void conversations(CurrentUser consultant) {
		List<UUID> caseload = this.clients.caseload(consultant);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

		held(consultant, caseload.get(0), today.minusWeeks(3).atTime(10, 0), "Gaat beter met het dagritme.");
		plan(consultant, caseload.get(0), monday.plusDays(1).atTime(10, 0), Channel.FACE_TO_FACE);

		held(consultant, caseload.get(1), today.minusMonths(2).atTime(9, 30), "Wil graag vrijwilligerswerk doen.");
		this.appointments.recordPast(consultant, caseload.get(1), new PastAppointment(today.minusDays(7).atTime(14, 0),
				Channel.FACE_TO_FACE, TOWN_HALL, null, AppointmentOutcome.NO_SHOW, null, Set.of(), null));
		this.contacts.recordOutreach(consultant, caseload.get(1), new NewOutreachAttempt(OutreachMethod.PHONE,
				OutreachResult.NO_RESPONSE, today.minusDays(5), "Twee keer gebeld, geen gehoor."));
		plan(consultant, caseload.get(1), monday.plusWeeks(1).plusDays(3).atTime(11, 0), Channel.HOME_VISIT);

		this.contacts.record(consultant, caseload.get(2), new NewContact(today.minusDays(10).atTime(11, 15),
				Channel.PHONE, "Belde zelf over een brief van de woningcorporatie.", false));
		plan(consultant, caseload.get(2), monday.plusDays(3).atTime(14, 0), Channel.PHONE);

		held(consultant, caseload.get(3), today.minusWeeks(5).atTime(13, 0), "Schulden in beeld gebracht.");
		plan(consultant, caseload.get(3), monday.plusWeeks(1).atTime(9, 30), Channel.VIDEO);
		plan(consultant, caseload.get(4), monday.plusDays(4).atTime(13, 0), Channel.FACE_TO_FACE);
	}

	/**
	 * Plans an appointment this week or next; a day of this week that has passed moves to
	 * next week, since nothing is planned in the past.
	 */
	private UUID plan(CurrentUser consultant, UUID client, LocalDateTime at, Channel channel) {
		LocalDateTime when = at.isBefore(LocalDateTime.now(this.clock)) ? at.plusWeeks(1) : at;
		return this.appointments
			.plan(consultant, client,
					new AppointmentPlan(when, channel, channel == Channel.FACE_TO_FACE ? TOWN_HALL : null, null))
			.id();
	}

	private void held(CurrentUser consultant, UUID client, LocalDateTime at, String summary) {
		this.appointments.recordPast(consultant, client,
				new PastAppointment(at, Channel.FACE_TO_FACE, TOWN_HALL, null, AppointmentOutcome.HELD, summary,
						Set.of(LifeDomain.WORK, LifeDomain.SOCIAL_ENVIRONMENT), "Over vier weken opnieuw in gesprek."));
	}

}
