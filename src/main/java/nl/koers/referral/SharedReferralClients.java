package nl.koers.referral;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.client.api.SharedClients;

import org.springframework.stereotype.Component;

/**
 * Tells the client module what an organisation may see about a client: the categories of
 * its active referrals that are still permitted.
 */
@Component
class SharedReferralClients implements SharedClients {

	private final Referrals referrals;

	SharedReferralClients(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public Set<String> sharedCategories(UUID clientId, UUID organisationId) {
		return this.referrals.shared(clientId, organisationId).stream().map(Enum::name).collect(Collectors.toSet());
	}

}
