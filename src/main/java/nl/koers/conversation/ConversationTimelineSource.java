package nl.koers.conversation;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.koers.client.api.ClientRef;
import nl.koers.client.api.TimelineEntry;
import nl.koers.client.api.TimelineSource;
import nl.koers.conversation.api.AppointmentChange;
import nl.koers.conversation.api.AppointmentStatus;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.ContactView;
import nl.koers.conversation.api.OutreachView;

import org.springframework.stereotype.Component;

/**
 * Appointments (a no-show as its own kind), contacts and outreach attempts on the
 * client's timeline.
 */
@Component
class ConversationTimelineSource implements TimelineSource {

	private final AppointmentStore appointments;

	private final ContactStore contacts;

	ConversationTimelineSource(AppointmentStore appointments, ContactStore contacts) {
		this.appointments = appointments;
		this.contacts = contacts;
	}

	@Override
	public Set<String> kinds() {
		return Set.of("APPOINTMENT", "NO_SHOW", "CONTACT", "OUTREACH");
	}

	@Override
	public List<TimelineEntry> entries(ClientRef client) {
		String link = "/clients/" + client.id() + "/conversations";
		return Stream
			.of(this.appointments.ofClient(client.id()).stream().map(appointment -> entry(appointment, link)),
					this.contacts.contacts(client.id()).stream().map(contact -> entry(contact, link)),
					this.contacts.outreach(client.id()).stream().map(attempt -> entry(attempt, link)))
			.flatMap(entries -> entries)
			.toList();
	}

	private static TimelineEntry entry(AppointmentView appointment, String link) {
		boolean noShow = appointment.status() == AppointmentStatus.NO_SHOW;
		AppointmentChange last = appointment.changes().get(appointment.changes().size() - 1);
		String text = appointment.status() == AppointmentStatus.CANCELLED ? last.reason() : appointment.summary();
		return new TimelineEntry(appointment.plannedAt().toLocalDate(), appointment.plannedAt().toLocalTime(),
				noShow ? "NO_SHOW" : "APPOINTMENT", "timeline.appointment." + appointment.status(),
				List.of(appointment.consultantName()), text, last.authorName(), last.recordedAt(), link);
	}

	private static TimelineEntry entry(ContactView contact, String link) {
		return new TimelineEntry(contact.occurredAt().toLocalDate(), contact.occurredAt().toLocalTime(), "CONTACT",
				contact.refused() ? "timeline.contact.refused" : "timeline.contact", List.of(), contact.summary(),
				contact.authorName(), contact.recordedAt(), link);
	}

	private static TimelineEntry entry(OutreachView attempt, String link) {
		return new TimelineEntry(attempt.attemptedOn(), null, "OUTREACH", "timeline.outreach." + attempt.result(),
				List.of(), attempt.note(), attempt.authorName(), attempt.recordedAt(), link);
	}

}
