package nl.koers.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.conversation.AppointmentStore.NewAppointment;
import nl.koers.conversation.api.AppointmentOutcome;
import nl.koers.conversation.api.AppointmentOutcomeReport;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.AppointmentView;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.ConversationRefused;
import nl.koers.conversation.api.NoShowRecorded;
import nl.koers.conversation.api.PastAppointment;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Planned conversations with a client: planning, rescheduling, cancelling and the
 * outcome. Every change is kept as an appointment event. A no-show opens outreach for the
 * case lead; outcomes that measures depend on are published as events.
 */
@Service
@Validated
class AppointmentService implements Appointments {

	private final AppointmentStore store;

	private final ClientAccess clients;

	private final UserDirectory users;

	private final OutreachFollowUp outreach;

	private final ApplicationEventPublisher publisher;

	private final ConversationPolicy policy;

	private final Clock clock;

	private final CaseloadConversations caseload;

	AppointmentService(AppointmentStore store, ClientAccess clients, UserDirectory users, OutreachFollowUp outreach,
			ApplicationEventPublisher publisher, ConversationPolicy policy, Clock clock,
			CaseloadConversations caseload) {
		this.caseload = caseload;
		this.store = store;
		this.policy = policy;
		this.clients = clients;
		this.users = users;
		this.outreach = outreach;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Plans a conversation, not before the current minute ({@link AppointmentTimeRule}).
	 */
	@Override
	@Transactional
	public AppointmentView plan(CurrentUser user, UUID clientId, AppointmentPlan form) {
		return plan(user, clientId, form, true);
	}

	/**
	 * Plans a conversation at any time, as the API's {@code POST
	 * /clients/{id}/appointments} has always done (API.md fixes it, and systems that
	 * report appointments registered elsewhere rely on it); the pages plan with
	 * {@link #plan(CurrentUser, UUID, AppointmentPlan)}.
	 */
	@Transactional
	public AppointmentView planAnyTime(CurrentUser user, UUID clientId, @Valid AppointmentPlan form) {
		return plan(user, clientId, form, false);
	}

	private AppointmentView plan(CurrentUser user, UUID clientId, AppointmentPlan form, boolean notPast) {
		this.policy.requireReachConversations(user);
		ClientRef client = this.clients.change(user, clientId);
		if (notPast) {
			refuse(AppointmentTimeRule.toPlan(form.plannedAt(), LocalDateTime.now(this.clock)));
		}
		UUID id = newAppointment(user, client, form);
		this.caseload.refresh(client.id());
		return found(user, id).named(client.displayName());
	}

	private UUID newAppointment(CurrentUser user, ClientRef client, AppointmentPlan form) {
		UUID holder = holder(user, client, form.consultantId());
		String holderName = this.users.displayNames(Set.of(holder)).getOrDefault(holder, user.displayName());
		return this.store.plan(new NewAppointment(client.municipalityId(), client.id(), holder, holderName, form), user,
				this.clock.instant());
	}

	/**
	 * Records a conversation that already took place, with its outcome, in one step: the
	 * explicit way to put a past appointment on record, since none is planned in the
	 * past.
	 */
	@Override
	@Transactional
	public AppointmentView recordPast(CurrentUser user, UUID clientId, PastAppointment form) {
		this.policy.requireReachConversations(user);
		ClientRef client = this.clients.change(user, clientId);
		refuse(AppointmentTimeRule.happened(form.plannedAt(), LocalDateTime.now(this.clock)));
		AppointmentOutcomeReport checked = checked(form.report());
		UUID id = newAppointment(user, client, form.plan());
		AppointmentView appointment = found(user, id);
		this.store.recordOutcome(appointment, checked, user, this.clock.instant());
		followUp(client, appointment, checked, user);
		this.caseload.refresh(client.id());
		return found(user, id).named(client.displayName());
	}

	private static void refuse(Optional<RefusedException.Reason> reason) {
		reason.ifPresent(refused -> {
			throw new RefusedException(List.of(refused));
		});
	}

	@Transactional
	public List<AppointmentView> appointments(CurrentUser user, UUID clientId) {
		this.policy.requireReachConversations(user);
		ClientRef client = this.clients.read(user, clientId);
		return this.store.ofClient(client.id()).stream().map(found -> found.named(client.displayName())).toList();
	}

	/**
	 * A page of the client's appointments, latest planned first, for the API.
	 */
	@Transactional
	public CursorPage<AppointmentView> appointments(CurrentUser user, UUID clientId, String next, int limit) {
		this.policy.requireReachConversations(user);
		ClientRef client = this.clients.read(user, clientId);
		return this.store.ofClient(client.id(), next, limit).map(found -> found.named(client.displayName()));
	}

	@Transactional
	public AppointmentView appointment(CurrentUser user, UUID id) {
		this.policy.requireReachConversations(user);
		AppointmentView appointment = found(user, id);
		return appointment.named(this.clients.read(user, appointment.clientId()).displayName());
	}

	@Override
	@Transactional
	public AppointmentView recordOutcome(CurrentUser user, UUID id, AppointmentOutcomeReport form) {
		this.policy.requireReachConversations(user);
		AppointmentView appointment = found(user, id);
		ClientRef client = this.clients.change(user, appointment.clientId());
		AppointmentOutcomeReport checked = checked(form);
		requirePlanned(appointment, "outcome");
		if (appointment.plannedAt().isAfter(LocalDateTime.now(this.clock))) {
			throw new RefusedException("outcome", "conversation.outcome.future");
		}
		this.store.recordOutcome(appointment, checked, user, this.clock.instant());
		followUp(client, appointment, checked, user);
		this.caseload.refresh(client.id());
		return found(user, id).named(client.displayName());
	}

	/**
	 * What an outcome sets going: a held conversation restores contact, a no-show opens
	 * outreach; no-shows and refusals are published for the measures.
	 */
	private void followUp(ClientRef client, AppointmentView appointment, AppointmentOutcomeReport checked,
			CurrentUser user) {
		LocalDate day = appointment.plannedAt().toLocalDate();
		UUID id = appointment.id();
		switch (checked.outcome()) {
			case HELD -> this.outreach.conversed(client, appointment.plannedAt(), user);
			case NO_SHOW -> {
				this.outreach.noShow(client, day);
				this.publisher.publishEvent(new NoShowRecorded(id, client.id(), client.municipalityId(), day));
			}
			case REFUSED ->
				this.publisher.publishEvent(new ConversationRefused(id, client.id(), client.municipalityId(), day));
		}
	}

	/**
	 * Moves a planned appointment, not to before the current minute.
	 */
	@Transactional
	public AppointmentView reschedule(CurrentUser user, UUID id, @Valid RescheduleForm form) {
		return reschedule(user, id, form, true);
	}

	/**
	 * Moves a planned appointment to any time, as the API has always done (see
	 * {@link #planAnyTime}).
	 */
	@Transactional
	public AppointmentView rescheduleAnyTime(CurrentUser user, UUID id, @Valid RescheduleForm form) {
		return reschedule(user, id, form, false);
	}

	private AppointmentView reschedule(CurrentUser user, UUID id, RescheduleForm form, boolean notPast) {
		this.policy.requireReachConversations(user);
		AppointmentView appointment = found(user, id);
		ClientRef client = this.clients.change(user, appointment.clientId());
		requirePlanned(appointment, "plannedAt");
		if (notPast) {
			refuse(AppointmentTimeRule.toPlan(form.plannedAt(), LocalDateTime.now(this.clock)));
		}
		if (form.plannedAt().equals(appointment.plannedAt())) {
			throw new RefusedException("plannedAt", "conversation.reschedule.sameTime");
		}
		this.store.reschedule(appointment, form, user, this.clock.instant());
		this.caseload.refresh(client.id());
		return found(user, id).named(client.displayName());
	}

	@Transactional
	public AppointmentView cancel(CurrentUser user, UUID id, @Valid CancellationForm form) {
		this.policy.requireReachConversations(user);
		AppointmentView appointment = found(user, id);
		ClientRef client = this.clients.change(user, appointment.clientId());
		requirePlanned(appointment, "reason");
		this.store.cancel(appointment, form.reason(), user, this.clock.instant());
		this.caseload.refresh(client.id());
		return found(user, id).named(client.displayName());
	}

	private AppointmentView found(CurrentUser user, UUID id) {
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("appointment"));
	}

	/**
	 * The consultant who holds the conversation: the one chosen, else the case lead, else
	 * the planner.
	 */
	private UUID holder(CurrentUser user, ClientRef client, UUID chosen) {
		if (chosen != null) {
			return this.users.findConsultant(client.municipalityId(), chosen)
				.orElseThrow(() -> new InvalidFieldException("consultantId", "conversation.consultant.unknown"))
				.id();
		}
		return client.caseLeadId() != null ? client.caseLeadId() : user.id();
	}

	private static void requirePlanned(AppointmentView appointment, String field) {
		if (!appointment.planned()) {
			throw new RefusedException(field, "conversation.notPlanned");
		}
	}

	private static AppointmentOutcomeReport checked(AppointmentOutcomeReport form) {
		if (form.outcome() != AppointmentOutcome.HELD) {
			return new AppointmentOutcomeReport(form.outcome(), form.summary(), Set.of(), null);
		}
		if (AppointmentStore.blankToNull(form.summary()) == null) {
			throw new InvalidFieldException("summary", "conversation.summary.required");
		}
		if (form.lifeDomains() == null || form.lifeDomains().isEmpty()) {
			throw new InvalidFieldException("lifeDomains", "conversation.lifeDomains.required");
		}
		if (AppointmentStore.blankToNull(form.nextStep()) == null) {
			throw new InvalidFieldException("nextStep", "conversation.nextStep.required");
		}
		return form;
	}

}
