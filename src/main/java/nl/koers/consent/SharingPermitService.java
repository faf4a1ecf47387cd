package nl.koers.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.SharingPermits;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organisation may receive about clients today, from the consent records alone
 * (no client gate, so the client module's {@code SharedClients} implementations may use
 * it).
 */
@Service
class SharingPermitService implements SharingPermits {

	private final ConsentStore store;

	private final Clock clock;

	SharingPermitService(ConsentStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	@Open("called by other modules inside their own checked step (sending a referral, what an institution "
			+ "sees); takes no user")
	public Set<DataCategory> permitted(UUID municipalityId, UUID clientId, UUID organisationId) {
		return this.store.permitted(municipalityId, clientId, organisationId, LocalDate.now(this.clock));
	}

	@Override
	@Transactional(readOnly = true)
	@Open("called by other modules inside their own checked step (an institution's list); takes no user")
	public Map<UUID, Set<DataCategory>> permitted(UUID municipalityId, Collection<UUID> clientIds,
			UUID organisationId) {
		return this.store.permitted(municipalityId, clientIds, organisationId, LocalDate.now(this.clock));
	}

}
