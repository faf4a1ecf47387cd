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
import nl.koers.identity.api.Role;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Requests to purchase a provision when nothing on the social map fits: a consultant (or
 * coordinator) files one, the coordinator or the contract manager approves or rejects it.
 * A request for a client passes {@link ClientAccess#change}; the list shows client names
 * only to those who may see clients (one list entry per client in the access log).
 */
@Service
@Validated
public class PurchaseRequests {

	private final PurchaseRequestStore store;

	private final ClientAccess clients;

	private final Clock clock;

	PurchaseRequests(PurchaseRequestStore store, ClientAccess clients, Clock clock) {
		this.store = store;
		this.clients = clients;
		this.clock = clock;
	}

	@Transactional
	public PurchaseRequestView file(CurrentUser user, @Valid PurchaseRequestForm form) {
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			throw new AccessDeniedException("consultants and coordinators request purchases");
		}
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
		boolean decider = mayDecide(user);
		if (!decider && !user.hasRole(Role.CONSULTANT)) {
			throw new AccessDeniedException(
					"purchase requests are for consultants, coordinators and contract managers");
		}
		List<PurchaseRequestView> requests = this.store.list(user.municipalityId(), decider ? null : user.id());
		if (!user.hasAnyRole(Role.CONSULTANT, Role.COORDINATOR)) {
			return requests;
		}
		Map<UUID, ClientRef> names = this.clients.list(user,
				requests.stream().map(PurchaseRequestView::clientId).filter(Objects::nonNull).distinct().toList());
		return requests.stream()
			.map(request -> request.clientId() != null && names.containsKey(request.clientId())
					? request.withClientName(names.get(request.clientId()).displayName()) : request)
			.toList();
	}

	@Transactional
	public PurchaseRequestView decide(CurrentUser user, UUID id, @Valid PurchaseDecision decision) {
		if (!mayDecide(user)) {
			throw new AccessDeniedException("the coordinator or the contract manager decides on purchases");
		}
		if (decision.status() == PurchaseStatus.OPEN) {
			throw new InvalidFieldException("status", "purchase.decision.open");
		}
		this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("purchase request"));
		if (!this.store.decide(user.municipalityId(), id, decision, user, this.clock.instant())) {
			throw new ConflictException("purchase.decided", "purchase request " + id + " was already decided");
		}
		return this.store.find(user.municipalityId(), id).orElseThrow();
	}

	/**
	 * The requests for a client, for its timeline (access already checked).
	 */
	List<PurchaseRequestView> ofClient(UUID clientId) {
		return this.store.ofClient(clientId);
	}

	public boolean mayDecide(CurrentUser user) {
		return user.hasAnyRole(Role.COORDINATOR, Role.CONTRACT_MANAGER);
	}

}
