package nl.koers.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.client.api.ClientAccess;
import nl.koers.client.api.ClientRef;
import nl.koers.coordination.api.NewSignal;
import nl.koers.coordination.api.Signal;
import nl.koers.coordination.api.SignalFollowUp;
import nl.koers.coordination.api.SignalStatus;
import nl.koers.coordination.api.Signals;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.NotFoundException;
import nl.koers.system.RefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Signals of possible psychiatric or addiction problems. Any consultant who may read a
 * client of the municipality raises one (a read of the client, not a change, so the case
 * lead is not needed; the author is stored); the coordination point follows it up until
 * it is closed, and every follow-up is kept.
 */
@Service
@Validated
class SignalService implements Signals {

	private final SignalStore store;

	private final CoordinationPolicy policy;

	private final ClientAccess clients;

	private final Clock clock;

	SignalService(SignalStore store, CoordinationPolicy policy, ClientAccess clients, Clock clock) {
		this.store = store;
		this.policy = policy;
		this.clients = clients;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Signal raise(CurrentUser user, UUID clientId, NewSignal form) {
		this.policy.requireActor(user);
		ClientRef client = this.clients.read(user, clientId);
		UUID id = this.store.raise(user, client.id(), form, this.clock.instant());
		return this.store.find(user.municipalityId(), id).orElseThrow().with(client.displayName(), List.of());
	}

	/**
	 * The signals the caller follows, newest first: all of the municipality for a
	 * coordinator, the ones they raised for a consultant; {@code open} leaves out the
	 * closed ones.
	 */
	@Transactional
	public CursorPage<Signal> signals(CurrentUser user, boolean open, String next, int limit) {
		this.policy.requireActor(user);
		Cursor after = StringUtils.hasText(next) ? Cursor.decode(next, 2) : null;
		UUID raisedBy = this.policy.mayCoordinate(user) ? null : user.id();
		List<Signal> rows = this.store.page(user.municipalityId(), raisedBy, open,
				after == null ? null : after.key(0, Instant::parse),
				after == null ? null : after.key(1, UUID::fromString), limit + 1);
		CursorPage<Signal> page = CursorPage.of(rows, limit,
				last -> Cursor.of(last.raisedAt().toString(), last.id().toString()));
		Map<UUID, ClientRef> shown = page.items().isEmpty() ? Map.of()
				: this.clients.list(user, page.items().stream().map(Signal::clientId).distinct().toList());
		List<Signal> items = page.items()
			.stream()
			.filter(signal -> shown.containsKey(signal.clientId()))
			.map(signal -> signal.with(shown.get(signal.clientId()).displayName(), List.of()))
			.toList();
		return new CursorPage<>(items, page.next());
	}

	/**
	 * One signal with its follow-ups, for anyone who may read the client.
	 */
	@Transactional
	public Signal signal(CurrentUser user, UUID id) {
		this.policy.requireActor(user);
		Signal signal = find(user, id);
		ClientRef client = this.clients.read(user, signal.clientId());
		return signal.with(client.displayName(), this.store.followUps(id));
	}

	@Override
	@Transactional
	public Signal followUp(CurrentUser user, UUID id, SignalFollowUp form) {
		this.policy.requireCoordinator(user);
		if (form.status() == SignalStatus.NEW) {
			throw new InvalidFieldException("status", "coordination.followUp.status");
		}
		Signal signal = find(user, id);
		if (!signal.open()) {
			throw new RefusedException("status", "coordination.signal.closed");
		}
		ClientRef client = this.clients.change(user, signal.clientId());
		this.store.followUp(id, form, user, this.clock.instant());
		return this.store.find(user.municipalityId(), id)
			.orElseThrow()
			.with(client.displayName(), this.store.followUps(id));
	}

	List<Signal> ofClient(ClientRef client) {
		return this.store.ofClient(client.municipalityId(), client.id())
			.stream()
			.map(signal -> signal.with(client.displayName(), this.store.followUps(signal.id())))
			.toList();
	}

	private Signal find(CurrentUser user, UUID id) {
		return this.store.find(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("signal"));
	}

}
