package nl.koers.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.conversation.api.AppointmentStatus;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.OutreachResult;
import nl.koers.conversation.api.OutreachView;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything about a client's conversations on one page; one read of the client.
 */
@Service
class ConversationOverviewService {

	private static final int ATTENTION_MONTHS = 6;

	private final AppointmentStore appointments;

	private final ContactStore contacts;

	private final ClientAccess clients;

	private final OutreachFollowUp outreach;

	private final ConversationPolicy policy;

	private final Clock clock;

	private final ConversationLetterStore letters;

	ConversationOverviewService(AppointmentStore appointments, ContactStore contacts, ClientAccess clients,
			OutreachFollowUp outreach, ConversationPolicy policy, Clock clock, ConversationLetterStore letters) {
		this.letters = letters;
		this.appointments = appointments;
		this.policy = policy;
		this.contacts = contacts;
		this.clients = clients;
		this.outreach = outreach;
		this.clock = clock;
	}

	@Transactional
	public ConversationOverview overview(CurrentUser user, UUID clientId) {
		this.policy.requireReachConversations(user);
		return overview(user, this.clients.read(user, clientId));
	}

	/**
	 * The overview for a form that records a conversation, contact or outreach: only for
	 * the case lead or a coordinator, asked before the read is logged (a refusal is 403
	 * and a denied entry, never a read).
	 */
	@Transactional
	public ConversationOverview overviewToRecord(CurrentUser user, UUID clientId) {
		this.policy.requireReachConversations(user);
		return overview(user, this.clients.readToChange(user, clientId));
	}

	private ConversationOverview overview(CurrentUser user, ClientRef client) {
		List<AppointmentView> all = this.appointments.ofClient(client.id());
		List<OutreachView> attempts = this.contacts.outreach(client.id());
		LocalDate since = LocalDate.now(this.clock).minusMonths(ATTENTION_MONTHS);
		Map<UUID, ConversationLetter> invitations = new HashMap<>();
		Map<UUID, ConversationLetter> outreachLetters = new HashMap<>();
		for (ConversationLetter letter : this.letters.ofClient(client.municipalityId(), client.id())) {
			if (letter.appointmentId() != null) {
				invitations.putIfAbsent(letter.appointmentId(), letter);
			}
			if (letter.outreachAttemptId() != null) {
				outreachLetters.put(letter.outreachAttemptId(), letter);
			}
		}
		return new ConversationOverview(client.id(), client.displayName(), this.clients.mayChange(user, client),
				all.stream()
					.filter(AppointmentView::planned)
					.sorted(Comparator.comparing(AppointmentView::plannedAt))
					.toList(),
				all.stream().filter(appointment -> !appointment.planned()).toList(),
				this.contacts.contacts(client.id()), attempts,
				all.stream()
					.filter(appointment -> appointment.status() == AppointmentStatus.NO_SHOW
							&& !appointment.plannedAt().toLocalDate().isBefore(since))
					.toList(),
				attempts.stream()
					.filter(attempt -> attempt.result() == OutreachResult.NO_RESPONSE
							&& !attempt.attemptedOn().isBefore(since))
					.toList(),
				this.outreach.dueDate(client).orElse(null), invitations, outreachLetters);
	}

}
