package nl.koers.client;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import nl.koers.client.api.ClientRef;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds on a client's file: a coordinator sets one with a reason (the retention run
 * then skips the client) and lifts it with a reason; the holds stay as history.
 */
@Service
class LegalHoldService {

	static final int MAX_REASON = 500;

	private final LegalHoldStore store;

	private final ClientAccessService access;

	private final ClientPolicy policy;

	private final Clock clock;

	LegalHoldService(LegalHoldStore store, ClientAccessService access, ClientPolicy policy, Clock clock) {
		this.store = store;
		this.access = access;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	public HoldPage holds(CurrentUser user, UUID clientId) {
		this.policy.requireHold(user);
		ClientRef client = this.access.read(user, clientId);
		return new HoldPage(client, this.store.ofClient(client.municipalityId(), client.id()));
	}

	@Transactional
	public void set(CurrentUser user, UUID clientId, String reason) {
		this.policy.requireHold(user);
		ClientRef client = this.access.change(user, clientId);
		if (this.store.inForce(client.municipalityId(), client.id()).isPresent()) {
			throw new ConflictException("legalHold.alreadySet", "a legal hold is in force already");
		}
		this.store.set(client.municipalityId(), client.id(), reason.strip(), user, this.clock.instant());
	}

	@Transactional
	public void lift(CurrentUser user, UUID clientId, String reason) {
		this.policy.requireHold(user);
		ClientRef client = this.access.change(user, clientId);
		LegalHold hold = this.store.inForce(client.municipalityId(), client.id())
			.orElseThrow(() -> new ConflictException("legalHold.none", "no legal hold is in force"));
		this.store.lift(hold.id(), reason.strip(), user, this.clock.instant());
	}

	/**
	 * A client and their legal holds, newest first.
	 */
	record HoldPage(ClientRef client, List<LegalHold> holds) {

		public boolean held() {
			return !this.holds.isEmpty() && this.holds.get(0).inForce();
		}

	}

}
