package nl.koers.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.Outcome;
import nl.koers.client.api.SharedClient;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.SharedCategories;
import nl.koers.consent.api.SharingPermits;
import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.ReferralStore.Row;
import nl.koers.referral.api.NewReferral;
import nl.koers.referral.api.NoteKind;
import nl.koers.referral.api.ReferralEnded;
import nl.koers.referral.api.ReferralStarted;
import nl.koers.referral.api.ReferralStatus;
import nl.koers.referral.api.ReferralStatusChange;
import nl.koers.referral.api.ReferralView;
import nl.koers.referral.api.Referrals;
import nl.koers.socialmap.api.MapEntries;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException.Reason;
import nl.koers.system.RefusedException;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Referrals ({@link Referrals}) and the lists and notes only the module's own pages use.
 * {@link ReferralPolicy} decides the roles; {@link ClientAccess#change} which clients the
 * referring side may refer; an institution worker sees a referral only while it is active
 * and to their organisation, and the client only in the categories shared at sending that
 * are still permitted ({@link SharedReferralClients}). The start and the end of the
 * guidance are published ({@link ReferralStarted}, {@link ReferralEnded}) in the
 * transaction that records them.
 */
@Service
@Validated
class ReferralService implements Referrals {

	private final ReferralStore store;

	private final ReferralPolicy policy;

	private final SharedReferralClients shared;

	private final ClientAccess clients;

	private final SocialMap map;

	private final SharingPermits permits;

	private final Tasks tasks;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ReferralService(ReferralStore store, ReferralPolicy policy, SharedReferralClients shared, ClientAccess clients,
			SocialMap map, SharingPermits permits, Tasks tasks, AccessLog accessLog,
			ApplicationEventPublisher publisher, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.shared = shared;
		this.clients = clients;
		this.map = map;
		this.permits = permits;
		this.tasks = tasks;
		this.accessLog = accessLog;
		this.publisher = publisher;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ReferralView propose(CurrentUser user, UUID clientId, NewReferral form) {
		ClientRef client = this.clients.change(user, clientId);
		MapEntries.Service service = this.map.service(client.municipalityId(), form.serviceId())
			.orElseThrow(() -> new InvalidFieldException("serviceId", "referral.service.unknown"));
		UUID id = this.store.insert(client.municipalityId(), client.id(), service.id(), service.organisationId(), form,
				user, this.clock.instant());
		scheduleFollowUp(client);
		return referring(client, this.store.find(client.municipalityId(), id).orElseThrow());
	}

	/**
	 * The referrals of a client, for the referring side; logs a read.
	 */
	@Transactional
	public List<ReferralView> ofClient(CurrentUser user, UUID clientId) {
		if (clientId == null) {
			throw new InvalidFieldException("clientId", "validation.required");
		}
		ClientRef client = this.clients.read(user, clientId);
		return this.store.ofClient(client.id()).stream().map(row -> referring(client, row)).toList();
	}

	/**
	 * A page of the client's referrals, newest first, for the API.
	 */
	@Transactional
	public CursorPage<ReferralView> ofClient(CurrentUser user, UUID clientId, String next, int limit) {
		if (clientId == null) {
			throw new InvalidFieldException("clientId", "validation.required");
		}
		ClientRef client = this.clients.read(user, clientId);
		return this.store.ofClient(client.id(), next, limit).map(row -> referring(client, row));
	}

	/**
	 * A page of the active referrals to the institution worker's organisation, newest
	 * first, for the API; as {@link #ofOrganisation(CurrentUser)}, every client shown is
	 * logged.
	 */
	@Transactional
	public CursorPage<ReferralView> ofOrganisation(CurrentUser worker, String next, int limit) {
		this.policy.requireAnswer(worker);
		CursorPage<Row> rows = this.store.activeOfOrganisation(worker.municipalityId(), worker.organisationId(), next,
				limit);
		this.accessLog.record(worker, AccessAction.LIST,
				rows.items().stream().map(row -> row.view().clientId()).toList());
		Map<UUID, Set<DataCategory>> readable = this.shared.readable(worker.municipalityId(), worker.organisationId(),
				rows.items().stream().map(Row::view).toList());
		return rows.map(row -> institution(worker, row, readable.get(row.view().clientId()), false));
	}

	/**
	 * The active referrals to the institution worker's organisation, with what they may
	 * see of each client; every client shown is logged. What may be shared is worked out
	 * for the whole list at once.
	 */
	@Transactional
	public List<ReferralView> ofOrganisation(CurrentUser worker) {
		this.policy.requireAnswer(worker);
		List<Row> rows = this.store.activeOfOrganisation(worker.municipalityId(), worker.organisationId());
		this.accessLog.record(worker, AccessAction.LIST, rows.stream().map(row -> row.view().clientId()).toList());
		Map<UUID, Set<DataCategory>> readable = this.shared.readable(worker.municipalityId(), worker.organisationId(),
				rows.stream().map(Row::view).toList());
		return rows.stream().map(row -> institution(worker, row, readable.get(row.view().clientId()), false)).toList();
	}

	/**
	 * One referral: for the referring side with the client's name (a read of the client),
	 * for the institution as it may see it.
	 */
	@Transactional
	public ReferralView referral(CurrentUser user, UUID id) {
		Row row = find(user, id);
		if (this.policy.mayRefer(user)) {
			return referring(this.clients.read(user, row.view().clientId()), row);
		}
		Row visible = visibleToWorker(user, row);
		this.accessLog.record(user, AccessAction.READ, visible.view().clientId());
		return institution(user, visible, true);
	}

	@Override
	@Transactional
	public ReferralView changeStatus(CurrentUser user, UUID id, ReferralStatusChange change) {
		Row row = find(user, id);
		ReferralStatus next = change.status();
		ClientRef client = next.byInstitution() ? null : referrer(user, row);
		if (next.byInstitution()) {
			visibleToWorker(user, row);
		}
		ReferralView referral = row.view();
		if (!referral.status().allows(next)) {
			throw new RefusedException(
					List.of(new Reason("status", "referral.status.notAllowed", referral.status(), next)));
		}
		Outcome outcome = null;
		if (next == ReferralStatus.ENDED) {
			if (change.outcome() == null) {
				throw new InvalidFieldException("outcome", "validation.required");
			}
			outcome = change.outcome();
		}
		if (next == ReferralStatus.SENT) {
			send(user, row, text(change.overrideReason()));
		}
		this.store.changeStatus(id, next, outcome, text(change.note()), user, this.clock.instant());
		publish(row, next, outcome);
		if (client == null) {
			this.accessLog.record(user, AccessAction.UPDATE, referral.clientId());
		}
		completeFollowUp(referral.clientId(), user);
		Row changed = this.store.find(row.municipalityId(), id).orElseThrow();
		return client != null ? referring(client, changed)
				: (next.active() ? institution(user, changed, false) : reader(changed.view(), Set.of(), null));
	}

	@Override
	@Transactional
	public SharedCategories sharedWith(CurrentUser worker, UUID id) {
		Row row = visibleToWorker(worker, find(worker, id));
		UUID clientId = row.view().clientId();
		return new SharedCategories(clientId, this.shared.readable(clientId, worker.organisationId()));
	}

	/**
	 * A progress note (accepted or started) or feedback to the consultant (any active
	 * referral), by the institution worker; logged as a change of the client.
	 */
	@Transactional
	public ReferralView addNote(CurrentUser worker, UUID id, NoteKind kind, @Valid ReferralNoteForm form) {
		Row row = visibleToWorker(worker, find(worker, id));
		if (kind == NoteKind.PROGRESS && row.view().status() == ReferralStatus.SENT) {
			throw new RefusedException("text", "referral.progress.notAccepted");
		}
		LocalDate date = form.date() == null ? LocalDate.now(this.clock) : form.date();
		this.store.addNote(id, kind, date, form.text().strip(), worker, this.clock.instant());
		this.accessLog.record(worker, AccessAction.UPDATE, row.view().clientId());
		return institution(worker, this.store.find(row.municipalityId(), id).orElseThrow(), false);
	}

	/**
	 * The start and the end of the guidance, for whoever counts them: started; ended with
	 * its outcome, or cancelled after it started (no outcome).
	 */
	private void publish(Row row, ReferralStatus next, Outcome outcome) {
		ReferralView referral = row.view();
		LocalDate today = LocalDate.now(this.clock);
		if (next == ReferralStatus.STARTED) {
			this.publisher
				.publishEvent(new ReferralStarted(referral.id(), referral.clientId(), row.municipalityId(), today));
		}
		else if (next == ReferralStatus.ENDED
				|| (next == ReferralStatus.CANCELLED && referral.status() == ReferralStatus.STARTED)) {
			this.publisher.publishEvent(
					new ReferralEnded(referral.id(), referral.clientId(), row.municipalityId(), today, outcome));
		}
	}

	private void send(CurrentUser user, Row row, String overrideReason) {
		ReferralView referral = row.view();
		Set<DataCategory> permitted = this.permits.permitted(row.municipalityId(), referral.clientId(),
				referral.organisationId());
		if (permitted.isEmpty()) {
			if (overrideReason == null) {
				throw new RefusedException("status", "referral.send.nothingShared");
			}
			this.policy.requireSendWithoutSharing(user);
			this.store.override(referral.id(), user, overrideReason, this.clock.instant());
		}
		this.store.share(referral.id(), permitted);
	}

	private void scheduleFollowUp(ClientRef client) {
		this.store.nextFollowUp(client.id())
			.ifPresent(date -> this.tasks.schedule(client.municipalityId(), client.id(), TaskType.REFERRAL_FOLLOW_UP,
					date, client.caseLeadId()));
	}

	/**
	 * Completes the follow-up task once none of the client's referrals awaits an answer.
	 */
	private void completeFollowUp(UUID clientId, CurrentUser user) {
		if (this.store.nextFollowUp(clientId).isEmpty()) {
			this.tasks.complete(clientId, TaskType.REFERRAL_FOLLOW_UP, user.id());
		}
	}

	private Row find(CurrentUser user, UUID id) {
		this.policy.requireUse(user);
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("referral"));
	}

	private ClientRef referrer(CurrentUser user, Row row) {
		this.policy.requireRefer(user);
		return this.clients.change(user, row.view().clientId());
	}

	/**
	 * The referral if it is an active one of the worker's organisation; else 404, logged
	 * as a denied read.
	 */
	private Row visibleToWorker(CurrentUser user, Row row) {
		this.policy.requireAnswer(user);
		if (!row.view().organisationId().equals(user.organisationId()) || !row.view().status().active()) {
			this.accessLog.recordDenied(user, AccessAction.READ, row.view().clientId());
			throw new NotFoundException("referral");
		}
		return row;
	}

	private static ReferralView referring(ClientRef client, Row row) {
		return reader(row.view(), row.view().sharedCategories(),
				new SharedClient(client.id(), client.displayName(), client.dateOfBirth(), null, null));
	}

	private ReferralView institution(CurrentUser worker, Row row, boolean detail) {
		return institution(worker, row, this.shared.readable(row.view().clientId(), worker.organisationId()), detail);
	}

	/**
	 * The referral as the institution sees it: the categories shared at sending that are
	 * still permitted ({@code readable}); identity and, on the detail, contact details
	 * read through {@link ClientAccess#readShared} (each logged).
	 */
	private ReferralView institution(CurrentUser worker, Row row, Set<DataCategory> readable, boolean detail) {
		UUID clientId = row.view().clientId();
		SharedClient identity = readable.contains(DataCategory.IDENTITY)
				? this.clients.readShared(worker, clientId, DataCategory.IDENTITY.name()) : null;
		SharedClient contact = detail && readable.contains(DataCategory.CONTACT_DETAILS)
				? this.clients.readShared(worker, clientId, DataCategory.CONTACT_DETAILS.name()) : null;
		SharedClient shown = new SharedClient(clientId, identity == null ? null : identity.displayName(),
				identity == null ? null : identity.dateOfBirth(), contact == null ? null : contact.address(),
				contact == null ? null : contact.phone());
		return reader(row.view(), readable, shown);
	}

	/**
	 * The referral with what this reader may see: the categories and the client.
	 */
	private static ReferralView reader(ReferralView view, Set<DataCategory> readable, SharedClient shown) {
		return new ReferralView(view.id(), view.clientId(), view.serviceId(), view.serviceName(), view.organisationId(),
				view.organisationName(), view.reason(), view.followUpOn(), view.status(), view.outcome(),
				view.sharedCategories(), readable, shown, view.override(), view.history(), view.notes(),
				view.createdByName(), view.createdAt());
	}

	private static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
