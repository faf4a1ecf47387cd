package nl.koers.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.conversation.api.ContactView;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.ConversationRefused;
import nl.koers.conversation.api.NewContact;
import nl.koers.conversation.api.NewOutreachAttempt;
import nl.koers.conversation.api.OutreachAttemptRecorded;
import nl.koers.conversation.api.OutreachResult;
import nl.koers.conversation.api.OutreachView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.RefusedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Conversations without an appointment, and the outreach to a client who did not show up,
 * logged attempt by attempt until contact is restored.
 */
@Service
@Validated
class ContactService implements Contacts {

	private final ContactStore store;

	private final ClientAccess clients;

	private final OutreachFollowUp outreach;

	private final ApplicationEventPublisher publisher;

	private final ConversationPolicy policy;

	private final Clock clock;

	private final CaseloadConversations caseload;

	ContactService(ContactStore store, ClientAccess clients, OutreachFollowUp outreach,
			ApplicationEventPublisher publisher, ConversationPolicy policy, Clock clock,
			CaseloadConversations caseload) {
		this.caseload = caseload;
		this.store = store;
		this.policy = policy;
		this.clients = clients;
		this.outreach = outreach;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * A contact that took place; unless the client refused, it restores contact after a
	 * no-show.
	 */
	@Override
	@Transactional
	public ContactView record(CurrentUser user, UUID clientId, NewContact form) {
		this.policy.requireReachConversations(user);
		ClientRef client = this.clients.change(user, clientId);
		if (form.occurredAt().isAfter(LocalDateTime.now(this.clock))) {
			throw new RefusedException("occurredAt", "conversation.occurredAt.future");
		}
		UUID id = this.store.addContact(client, form, user, this.clock.instant());
		this.caseload.refresh(client.id());
		if (ContactStore.refused(form)) {
			this.publisher.publishEvent(
					new ConversationRefused(id, client.id(), client.municipalityId(), form.occurredAt().toLocalDate()));
		}
		else {
			this.outreach.conversed(client, form.occurredAt(), user);
		}
		return this.store.contact(id);
	}

	@Transactional
	public List<ContactView> contacts(CurrentUser user, UUID clientId) {
		this.policy.requireReachConversations(user);
		return this.store.contacts(this.clients.read(user, clientId).id());
	}

	/**
	 * A page of the client's contacts, latest first, for the API.
	 */
	@Transactional
	public CursorPage<ContactView> contacts(CurrentUser user, UUID clientId, String next, int limit) {
		this.policy.requireReachConversations(user);
		return this.store.contacts(this.clients.read(user, clientId).id(), next, limit);
	}

	/**
	 * A page of the client's outreach attempts, latest first, for the API.
	 */
	@Transactional
	public CursorPage<OutreachView> outreach(CurrentUser user, UUID clientId, String next, int limit) {
		this.policy.requireReachConversations(user);
		return this.store.outreach(this.clients.read(user, clientId).id(), next, limit);
	}

	/**
	 * An attempt to reach the client while outreach is open; contact restored closes the
	 * outreach task.
	 */
	@Override
	@Transactional
	public OutreachView recordOutreach(CurrentUser user, UUID clientId, NewOutreachAttempt form) {
		this.policy.requireReachConversations(user);
		ClientRef client = this.clients.change(user, clientId);
		if (form.attemptedOn().isAfter(LocalDate.now(this.clock))) {
			throw new RefusedException("attemptedOn", "conversation.attemptedOn.future");
		}
		if (this.outreach.dueDate(client).isEmpty()) {
			throw new RefusedException("result", "conversation.outreach.notOpen");
		}
		UUID id = this.store.addOutreach(client, form, user, this.clock.instant());
		boolean restored = form.result() == OutreachResult.CONTACT_RESTORED;
		if (restored) {
			this.outreach.restored(client, user);
		}
		if (form.result() == OutreachResult.REFUSED) {
			this.publisher
				.publishEvent(new ConversationRefused(id, client.id(), client.municipalityId(), form.attemptedOn()));
		}
		this.publisher.publishEvent(
				new OutreachAttemptRecorded(id, client.id(), client.municipalityId(), form.attemptedOn(), restored));
		return this.store.attempt(id);
	}

	@Transactional
	public List<OutreachView> outreach(CurrentUser user, UUID clientId) {
		this.policy.requireReachConversations(user);
		return this.store.outreach(this.clients.read(user, clientId).id());
	}

}
