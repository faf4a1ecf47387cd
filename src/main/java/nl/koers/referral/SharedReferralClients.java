package nl.koers.referral;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.koers.client.api.SharedClients;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.SharingPermits;
import nl.koers.referral.ReferralStore.Share;
import nl.koers.referral.api.ReferralView;

import org.springframework.stereotype.Component;

/**
 * Tells the client module what an organisation may see about a client: the categories
 * shared at sending of its active referrals that consent still permits. Depends only on
 * the referral records ({@link ReferralStore}) and consent's {@link SharingPermits},
 * never on the client gate, so the client module may take it as a plain bean without a
 * cycle.
 */
@Component
class SharedReferralClients implements SharedClients {

	private final ReferralStore store;

	private final SharingPermits permits;

	SharedReferralClients(ReferralStore store, SharingPermits permits) {
		this.store = store;
		this.permits = permits;
	}

	@Override
	public Set<String> sharedCategories(UUID clientId, UUID organisationId) {
		return readable(clientId, organisationId).stream().map(Enum::name).collect(Collectors.toSet());
	}

	/**
	 * The categories an organisation may see about a client now: those shared at sending
	 * of an active referral that consent still permits.
	 */
	Set<DataCategory> readable(UUID clientId, UUID organisationId) {
		Set<DataCategory> readable = EnumSet.noneOf(DataCategory.class);
		for (Share share : this.store.activeShares(clientId, organisationId)) {
			Set<DataCategory> now = this.permits.permitted(share.municipalityId(), clientId, organisationId);
			share.categories().stream().filter(now::contains).forEach(readable::add);
		}
		return readable;
	}

	/**
	 * {@link #readable(UUID, UUID)} for every client of the organisation's active
	 * referrals of one municipality, given as those referrals, with one question to
	 * consent for all of them.
	 */
	Map<UUID, Set<DataCategory>> readable(UUID municipalityId, UUID organisationId,
			Collection<ReferralView> activeReferrals) {
		Map<UUID, Set<DataCategory>> permitted = this.permits.permitted(municipalityId,
				activeReferrals.stream().map(ReferralView::clientId).distinct().toList(), organisationId);
		Map<UUID, Set<DataCategory>> readable = new HashMap<>();
		for (ReferralView referral : activeReferrals) {
			Set<DataCategory> now = permitted.get(referral.clientId());
			Set<DataCategory> client = readable.computeIfAbsent(referral.clientId(),
					id -> EnumSet.noneOf(DataCategory.class));
			referral.sharedCategories().stream().filter(now::contains).forEach(client::add);
		}
		return readable;
	}

}
