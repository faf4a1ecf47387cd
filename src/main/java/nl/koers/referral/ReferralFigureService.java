package nl.koers.referral;

import java.util.List;

import nl.koers.identity.api.CurrentUser;
import nl.koers.referral.api.ReferralFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral counts per organisation ({@link ReferralFigures}): management information,
 * so no client is read.
 */
@Service
class ReferralFigureService implements ReferralFigures {

	private final ReferralStore store;

	private final ReferralPolicy policy;

	ReferralFigureService(ReferralStore store, ReferralPolicy policy) {
		this.store = store;
		this.policy = policy;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrganisationFigures> perOrganisation(CurrentUser user) {
		this.policy.requireFigures(user);
		return this.store.figuresPerOrganisation(user.municipalityId());
	}

}
