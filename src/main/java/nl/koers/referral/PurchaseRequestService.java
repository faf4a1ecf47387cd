package nl.koers.referral;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Requests to purchase a provision when nothing on the social map fits: a consultant (or
 * coordinator) files one, the coordinator or the contract manager approves or rejects it.
 * A request for a client passes {@link ClientAccess#change}; the list shows client names,
 * and the reason and decision note of a request for a client, only to those who may see
 * clients (one list entry per client in the access log).
 */
@Service
@Validated
class PurchaseRequestService {

	private final PurchaseRequestStore store;

	private final ReferralPolicy policy;

	private final ClientAccess clients;

	private final Clock clock;

	PurchaseRequestService(PurchaseRequestStore store, ReferralPolicy policy, ClientAccess clients, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.clients = clients;
		this.clock = clock;
	}

	@Transactional
	public PurchaseRequestView file(CurrentUser user, @Valid PurchaseRequestForm form) {
		this.policy.requireFilePurchases(user);
		ClientRef client = form.clientId() == null ? null : this.clients.change(user, form.clientId());
		UUID id = this.store.insert(user.municipalityId(), form, user, this.clock.instant());
		PurchaseRequestView filed = this.store.find(user.municipalityId(), id).orElseThrow();
		return client == null ? filed : filed.withClientName(client.displayName());
	}

	/**
	 * The municipality's requests for the coordinator and the contract manager; a
	 * consultant's own requests.
	 */
	@Transactional
	public List<PurchaseRequestView> list(CurrentUser user) {
		this.policy.requireSeePurchases(user);
		boolean decider = this.policy.mayDecidePurchases(user);
		return named(user, this.store.list(user.municipalityId(), decider ? null : user.id()));
	}

	/**
	 * A page of the requests, newest first, for the API: the municipality's for those who
	 * decide, one's own for the others.
	 */
	@Transactional
	public CursorPage<PurchaseRequestView> list(CurrentUser user, String next, int limit) {
		this.policy.requireSeePurchases(user);
		boolean decider = this.policy.mayDecidePurchases(user);
		CursorPage<PurchaseRequestView> page = this.store.list(user.municipalityId(), decider ? null : user.id(), next,
				limit);
		return new CursorPage<>(named(user, page.items()), page.next());
	}

	private List<PurchaseRequestView> named(CurrentUser user, List<PurchaseRequestView> requests) {
		if (!this.policy.mayFilePurchases(user)) {
			return requests.stream().map(PurchaseRequestView::withoutClientText).toList();
		}
		Map<UUID, ClientRef> names = this.clients.list(user,
				requests.stream().map(PurchaseRequestView::clientId).filter(Objects::nonNull).distinct().toList());
		return requests.stream()
			.map(request -> request.clientId() != null && names.containsKey(request.clientId())
					? request.withClientName(names.get(request.clientId()).displayName()) : request)
			.toList();
	}

	@Transactional
	public PurchaseRequestView decide(CurrentUser user, UUID id, @Valid PurchaseDecisionForm decision) {
		this.policy.requireDecidePurchases(user);
		if (decision.status() == PurchaseStatus.OPEN) {
			throw new InvalidFieldException("status", "purchase.decision.open");
		}
		this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("purchase request"));
		if (!this.store.decide(user.municipalityId(), id, decision, user, this.clock.instant())) {
			throw new ConflictException("purchase.decided", "purchase request " + id + " was already decided");
		}
		PurchaseRequestView decided = this.store.find(user.municipalityId(), id).orElseThrow();
		return this.policy.mayFilePurchases(user) ? decided : decided.withoutClientText();
	}

	/**
	 * The requests for a client, for its timeline (access already checked).
	 */
	List<PurchaseRequestView> ofClient(UUID clientId) {
		return this.store.ofClient(clientId);
	}

}
