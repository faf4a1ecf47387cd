package nl.koers.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.coordination.api.AdviceAnswer;
import nl.koers.coordination.api.AdviceOrigin;
import nl.koers.coordination.api.AdviceQuestion;
import nl.koers.coordination.api.AdviceRequest;
import nl.koers.coordination.api.AdviceRequests;
import nl.koers.coordination.api.AdviceStatus;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Questions to the care coordination point. A consultant asks (about a client or in
 * general) and follows their own requests; an institution worker asks general questions
 * and sees those of their organisation; a coordinator sees and answers all of the
 * municipality; the asker closes their request. A request about a client is also visible
 * to any consultant who may read that client; every client name passes
 * {@link ClientAccess}.
 */
@Service
@Validated
class AdviceRequestService implements AdviceRequests {

	private final AdviceStore store;

	private final CoordinationPolicy policy;

	private final ClientAccess clients;

	private final Clock clock;

	AdviceRequestService(AdviceStore store, CoordinationPolicy policy, ClientAccess clients, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	@Transactional
	public AdviceRequest ask(CurrentUser user, AdviceQuestion question) {
		AdviceOrigin origin = this.policy.requireAsker(user);
		String clientName = null;
		if (question.clientId() != null) {
			if (origin == AdviceOrigin.INSTITUTION) {
				throw new RefusedException("clientId", "coordination.advice.institutionClient");
			}
			clientName = this.clients.read(user, question.clientId()).displayName();
		}
		UUID id = this.store.ask(user, origin, question.question().strip(), question.clientId(), this.clock.instant());
		return this.store.find(user.municipalityId(), id).orElseThrow().named(clientName);
	}

	/**
	 * The requests the caller follows, newest first: all for a coordinator, the own for a
	 * consultant, the organisation's for an institution worker.
	 */
	@Transactional
	public CursorPage<AdviceRequest> requests(CurrentUser user, AdviceStatus status, String next, int limit) {
		AdviceOrigin origin = this.policy.requireAsker(user);
		Cursor after = StringUtils.hasText(next) ? Cursor.decode(next, 2) : null;
		boolean all = this.policy.mayCoordinate(user);
		UUID askedBy = all || origin == AdviceOrigin.INSTITUTION ? null : user.id();
		UUID organisation = origin == AdviceOrigin.INSTITUTION ? user.organisationId() : null;
		List<AdviceRequest> rows = this.store.page(user.municipalityId(), askedBy, organisation, status,
				after == null ? null : after.key(0, Instant::parse),
				after == null ? null : after.key(1, UUID::fromString), limit + 1);
		CursorPage<AdviceRequest> page = CursorPage.of(rows, limit,
				last -> Cursor.of(last.askedAt().toString(), last.id().toString()));
		return new CursorPage<>(named(user, page.items()), page.next());
	}

	@Transactional
	public AdviceRequest request(CurrentUser user, UUID id) {
		AdviceRequest request = visible(user, id);
		return request.clientId() == null ? request
				: request.named(this.clients.read(user, request.clientId()).displayName());
	}

	@Override
	@Transactional
	public AdviceRequest answer(CurrentUser user, UUID id, AdviceAnswer answer) {
		this.policy.requireCoordinator(user);
		AdviceRequest request = request(user, id);
		if (request.status() != AdviceStatus.OPEN) {
			throw new RefusedException("answer", request.status() == AdviceStatus.CLOSED
					? "coordination.advice.alreadyClosed" : "coordination.advice.alreadyAnswered");
		}
		this.store.answer(id, answer.answer().strip(), user, this.clock.instant());
		return this.store.find(user.municipalityId(), id).orElseThrow().named(request.clientName());
	}

	/**
	 * Closes a request that needs nothing more; only the one who asked, answered or not.
	 */
	@Transactional
	public AdviceRequest close(CurrentUser user, UUID id) {
		AdviceRequest request = request(user, id);
		if (!this.store.asker(id).orElseThrow().userId().equals(user.id())) {
			throw new AccessDeniedException("only the one who asked closes a request");
		}
		if (request.status() == AdviceStatus.CLOSED) {
			throw new RefusedException("status", "coordination.advice.alreadyClosed");
		}
		this.store.close(id, this.clock.instant());
		return this.store.find(user.municipalityId(), id).orElseThrow().named(request.clientName());
	}

	/**
	 * Whether the caller asked this request, so may close it.
	 */
	@Transactional(readOnly = true)
	boolean askedBy(CurrentUser user, UUID id) {
		return this.store.asker(id).map(asker -> asker.userId().equals(user.id())).orElse(false);
	}

	List<AdviceRequest> ofClient(ClientRef client) {
		return this.store.ofClient(client.municipalityId(), client.id())
			.stream()
			.map(request -> request.named(client.displayName()))
			.toList();
	}

	private AdviceRequest visible(CurrentUser user, UUID id) {
		AdviceOrigin origin = this.policy.requireAsker(user);
		AdviceRequest request = this.store.find(user.municipalityId(), id)
			.orElseThrow(() -> new NotFoundException("adviceRequest"));
		AdviceStore.Asker asker = this.store.asker(id).orElseThrow();
		boolean visible = this.policy.mayCoordinate(user) || asker.userId().equals(user.id())
				|| (origin == AdviceOrigin.INSTITUTION && Objects.equals(asker.organisationId(), user.organisationId()))
				|| (origin == AdviceOrigin.CONSULTANT && request.clientId() != null);
		if (!visible) {
			throw new NotFoundException("adviceRequest");
		}
		return request;
	}

	private List<AdviceRequest> named(CurrentUser user, List<AdviceRequest> page) {
		List<UUID> about = page.stream().map(AdviceRequest::clientId).filter(Objects::nonNull).distinct().toList();
		Map<UUID, ClientRef> shown = about.isEmpty() ? Map.of() : this.clients.list(user, about);
		return page.stream()
			.map(request -> request.clientId() == null || !shown.containsKey(request.clientId()) ? request
					: request.named(shown.get(request.clientId()).displayName()))
			.toList();
	}

}
