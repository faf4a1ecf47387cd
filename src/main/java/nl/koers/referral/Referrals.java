package nl.koers.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.client.api.SharedClient;
import nl.koers.consent.DataCategory;
import nl.koers.consent.Sharing;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.referral.ReferralStore.Row;
import nl.koers.socialmap.MapEntries;
import nl.koers.socialmap.SocialMap;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;
import nl.koers.system.RefusedException.Reason;
import nl.koers.task.TaskType;
import nl.koers.task.Tasks;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Referrals of a client to a service of the social map. The referring side (the case lead
 * or a coordinator, through {@link ClientAccess#change}) proposes, sends and cancels; the
 * institution worker of the service's organisation answers, starts, reports progress,
 * ends and gives feedback, and sees the client only while the referral is active and only
 * in the categories shared at sending that are still permitted.
 */
@Service
@Validated
public class Referrals {

	private final ReferralStore store;

	private final ClientAccess clients;

	private final SocialMap map;

	private final Sharing sharing;

	private final Tasks tasks;

	private final AccessLog accessLog;

	private final Clock clock;

	Referrals(ReferralStore store, ClientAccess clients, SocialMap map, Sharing sharing, Tasks tasks,
			AccessLog accessLog, Clock clock) {
		this.store = store;
		this.clients = clients;
		this.map = map;
		this.sharing = sharing;
		this.tasks = tasks;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@Transactional
	public ReferralView propose(CurrentUser user, UUID clientId, @Valid ReferralForm form) {
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
	 * The active referrals to the institution worker's organisation, with what they may
	 * see of each client; every client shown is logged.
	 */
	@Transactional
	public List<ReferralView> ofOrganisation(CurrentUser worker) {
		requireWorker(worker);
		List<Row> rows = this.store.activeOfOrganisation(worker.municipalityId(), worker.organisationId());
		this.accessLog.record(worker, AccessAction.LIST, rows.stream().map(row -> row.view().clientId()).toList());
		return rows.stream().map(row -> institution(worker, row, false)).toList();
	}

	@Transactional
	public ReferralView referral(CurrentUser user, UUID id) {
		Row row = find(user, id);
		if (user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			return referring(this.clients.read(user, row.view().clientId()), row);
		}
		Row visible = visibleToWorker(user, row);
		this.accessLog.record(user, AccessAction.READ, visible.view().clientId());
		return institution(user, visible, true);
	}

	@Transactional
	public ReferralView changeStatus(CurrentUser user, UUID id, @Valid StatusChange change) {
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
		String note = text(change.note());
		if (next == ReferralStatus.ENDED) {
			note = required(change.outcome(), "outcome");
		}
		if (next == ReferralStatus.SENT) {
			send(user, row, text(change.overrideReason()));
		}
		this.store.changeStatus(id, next, note, user, this.clock.instant());
		if (client == null) {
			this.accessLog.record(user, AccessAction.UPDATE, referral.clientId());
		}
		completeFollowUp(referral.clientId(), user);
		Row changed = this.store.find(row.municipalityId(), id).orElseThrow();
		return client != null ? referring(client, changed)
				: (next.active() ? institution(user, changed, false) : changed.view().withReader(Set.of(), null));
	}

	/**
	 * A progress note (accepted or started) or feedback to the consultant (any active
	 * referral), by the institution worker; logged as a change of the client.
	 */
	@Transactional
	public ReferralView addNote(CurrentUser worker, UUID id, NoteKind kind, @Valid NoteForm form) {
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
	 * The categories an organisation may see about a client now: those shared at sending
	 * of an active referral that {@link Sharing#permitted} still allows.
	 */
	@Transactional(readOnly = true)
	Set<DataCategory> shared(UUID clientId, UUID organisationId) {
		Set<DataCategory> shared = EnumSet.noneOf(DataCategory.class);
		for (Row row : this.store.activeOfClient(clientId, organisationId)) {
			Set<DataCategory> now = this.sharing.permitted(row.municipalityId(), clientId, organisationId);
			row.view().sharedCategories().stream().filter(now::contains).forEach(shared::add);
		}
		return shared;
	}

	private void send(CurrentUser user, Row row, String overrideReason) {
		ReferralView referral = row.view();
		Set<DataCategory> permitted = this.sharing.permitted(row.municipalityId(), referral.clientId(),
				referral.organisationId());
		if (permitted.isEmpty()) {
			if (overrideReason == null) {
				throw new RefusedException("status", "referral.send.nothingShared");
			}
			if (!user.hasRole(Role.COORDINATOR)) {
				throw new AccessDeniedException("only a coordinator sends a referral without sharing");
			}
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
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR, Role.INSTITUTION_WORKER)) {
			throw new AccessDeniedException("referrals are for consultants, coordinators and institutions");
		}
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("referral"));
	}

	private ClientRef referrer(CurrentUser user, Row row) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			throw new AccessDeniedException("the referring side proposes, sends and cancels");
		}
		return this.clients.change(user, row.view().clientId());
	}

	/**
	 * The referral if it is an active one of the worker's organisation; else 404, logged
	 * as a denied read.
	 */
	private Row visibleToWorker(CurrentUser user, Row row) {
		requireWorker(user);
		if (!row.view().organisationId().equals(user.organisationId()) || !row.view().status().active()) {
			this.accessLog.recordDenied(user, AccessAction.READ, row.view().clientId());
			throw new NotFoundException("referral");
		}
		return row;
	}

	private static void requireWorker(CurrentUser user) {
		if (!user.hasRole(Role.INSTITUTION_WORKER) || user.organisationId() == null) {
			throw new AccessDeniedException("this is the institution's side of a referral");
		}
	}

	private static ReferralView referring(ClientRef client, Row row) {
		return row.view()
			.withReader(row.view().sharedCategories(),
					new SharedClient(client.id(), client.displayName(), client.dateOfBirth(), null, null));
	}

	/**
	 * The referral as the institution sees it: the categories shared at sending that are
	 * still permitted; identity and, on the detail, contact details read through
	 * {@link ClientAccess#readShared} (each logged).
	 */
	private ReferralView institution(CurrentUser worker, Row row, boolean detail) {
		UUID clientId = row.view().clientId();
		Set<DataCategory> readable = shared(clientId, worker.organisationId());
		SharedClient identity = readable.contains(DataCategory.IDENTITY)
				? this.clients.readShared(worker, clientId, DataCategory.IDENTITY.name()) : null;
		SharedClient contact = detail && readable.contains(DataCategory.CONTACT_DETAILS)
				? this.clients.readShared(worker, clientId, DataCategory.CONTACT_DETAILS.name()) : null;
		SharedClient shown = new SharedClient(clientId, identity == null ? null : identity.displayName(),
				identity == null ? null : identity.dateOfBirth(), contact == null ? null : contact.address(),
				contact == null ? null : contact.phone());
		return row.view().withReader(readable, shown);
	}

	private static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	private static String required(String value, String field) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidFieldException(field, "validation.required");
		}
		return value.strip();
	}

}
