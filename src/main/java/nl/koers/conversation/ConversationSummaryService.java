package nl.koers.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import nl.koers.client.api.ClientAccess;
import nl.koers.conversation.api.AppointmentStatus;
import nl.koers.conversation.api.ConversationSummaries;
import nl.koers.conversation.api.ConversationSummary;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The conversation summaries an institution may see: through the client gate's
 * {@link ClientAccess#readShared} for the category {@code CONVERSATION_SUMMARIES}, only
 * the summaries of held conversations.
 */
@Service
class ConversationSummaryService implements ConversationSummaries {

	/**
	 * The data category (of {@code consent}) an institution needs to see the summaries.
	 */
	private static final String SHARED_CATEGORY = "CONVERSATION_SUMMARIES";

	private final AppointmentStore appointments;

	private final ContactStore contacts;

	private final ClientAccess clients;

	ConversationSummaryService(AppointmentStore appointments, ContactStore contacts, ClientAccess clients) {
		this.appointments = appointments;
		this.contacts = contacts;
		this.clients = clients;
	}

	@Override
	@Transactional
	public List<ConversationSummary> sharedSummaries(CurrentUser worker, UUID clientId) {
		UUID id = this.clients.readShared(worker, clientId, SHARED_CATEGORY).id();
		Stream<ConversationSummary> held = this.appointments.ofClient(id)
			.stream()
			.filter(appointment -> appointment.status() == AppointmentStatus.HELD
					&& StringUtils.hasText(appointment.summary()))
			.map(appointment -> new ConversationSummary(appointment.plannedAt().toLocalDate(), appointment.channel(),
					appointment.summary()));
		Stream<ConversationSummary> contacted = this.contacts.contacts(id)
			.stream()
			.filter(contact -> !contact.refused() && StringUtils.hasText(contact.summary()))
			.map(contact -> new ConversationSummary(contact.occurredAt().toLocalDate(), contact.channel(),
					contact.summary()));
		return Stream.concat(held, contacted)
			.sorted(Comparator.comparing(ConversationSummary::heldOn).reversed())
			.toList();
	}

}
