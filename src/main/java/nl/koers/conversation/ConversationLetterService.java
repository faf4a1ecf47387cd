package nl.koers.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.NewOutreachAttempt;
import nl.koers.conversation.api.OutreachAttemptRecorded;
import nl.koers.conversation.api.OutreachMethod;
import nl.koers.conversation.api.OutreachResult;
import nl.koers.document.api.DocumentView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.letter.api.InvitationLetter;
import nl.koers.letter.api.Letters;
import nl.koers.letter.api.OutreachLetter;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the letters of the conversations: an invitation for a planned appointment, and
 * an outreach letter while outreach after a no-show is open. Each is a PDF filed in the
 * client file (through {@link Letters}); the outreach letter is also an outreach attempt
 * of method {@code LETTER}, as if recorded by hand. Only who may record for the client
 * (the case lead or a coordinator) writes them.
 */
@Service
class ConversationLetterService {

	static final int MAX_REPLY_WEEKS = 6;

	private final AppointmentStore appointments;

	private final ContactStore contacts;

	private final ConversationLetterStore letters;

	private final Letters writer;

	private final ClientAccess clients;

	private final OutreachFollowUp outreach;

	private final ApplicationEventPublisher publisher;

	private final ConversationPolicy policy;

	private final UserDirectory users;

	private final Clock clock;

	ConversationLetterService(AppointmentStore appointments, ContactStore contacts, ConversationLetterStore letters,
			Letters writer, ClientAccess clients, OutreachFollowUp outreach, ApplicationEventPublisher publisher,
			ConversationPolicy policy, UserDirectory users, Clock clock) {
		this.users = users;
		this.appointments = appointments;
		this.contacts = contacts;
		this.letters = letters;
		this.writer = writer;
		this.clients = clients;
		this.outreach = outreach;
		this.publisher = publisher;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * An invitation for the client's planned appointment, with its time, channel, place
	 * and consultant; refused once the appointment is no longer planned or has passed.
	 */
	@Transactional
	public DocumentView invitation(CurrentUser user, UUID appointmentId) {
		this.policy.requireReachConversations(user);
		AppointmentView appointment = this.appointments.find(user.municipalityId(), appointmentId)
			.orElseThrow(() -> new NotFoundException("appointment"));
		ClientRef client = this.clients.change(user, appointment.clientId());
		if (!appointment.planned() || !appointment.plannedAt().isAfter(LocalDateTime.now(this.clock))) {
			throw new RefusedException("appointment", "conversation.letter.notPlanned");
		}
		DocumentView document = this.writer.invitation(user, client.id(), new InvitationLetter(appointment.plannedAt(),
				appointment.channel().name(), appointment.location(), appointment.consultantName()));
		this.letters.insert(client, ConversationLetter.INVITATION, appointment.id(), null, document.id(), null, today(),
				user, this.clock.instant());
		return document;
	}

	/**
	 * An outreach letter: we missed you at the last appointment, please get in touch by
	 * {@code replyBy}; recorded as an outreach attempt by letter without a response yet.
	 */
	@Transactional
	public DocumentView outreach(CurrentUser user, UUID clientId, OutreachLetterForm form) {
		this.policy.requireReachConversations(user);
		ClientRef client = this.clients.change(user, clientId);
		if (this.outreach.dueDate(client).isEmpty()) {
			throw new RefusedException("replyBy", "conversation.outreach.notOpen");
		}
		LocalDate today = today();
		if (!form.replyBy().isAfter(today) || form.replyBy().isAfter(today.plusWeeks(MAX_REPLY_WEEKS))) {
			throw new RefusedException(
					List.of(new Reason("replyBy", "conversation.letter.replyBy.invalid", MAX_REPLY_WEEKS)));
		}
		LocalDateTime missed = this.appointments.lastNoShow(client.id()).orElse(null);
		DocumentView document = this.writer.outreach(user, client.id(),
				new OutreachLetter(missed, form.replyBy(), caseLeadName(client, user)));
		UUID attempt = this.contacts.addOutreach(client,
				new NewOutreachAttempt(OutreachMethod.LETTER, OutreachResult.NO_RESPONSE, today, null), user,
				this.clock.instant());
		this.letters.insert(client, ConversationLetter.OUTREACH, null, attempt, document.id(), form.replyBy(), today,
				user, this.clock.instant());
		this.publisher
			.publishEvent(new OutreachAttemptRecorded(attempt, client.id(), client.municipalityId(), today, false));
		return document;
	}

	/**
	 * The consultant the client gets in touch with: the case lead, else the writer.
	 */
	private String caseLeadName(ClientRef client, CurrentUser user) {
		UUID caseLead = client.caseLeadId();
		return caseLead == null ? user.displayName()
				: this.users.displayNames(Set.of(caseLead)).getOrDefault(caseLead, user.displayName());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
