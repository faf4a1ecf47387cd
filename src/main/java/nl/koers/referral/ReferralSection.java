package nl.koers.referral;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The client's referrals as a section of the client file.
 */
@Component
class ReferralSection implements ClientFileSection {

	private final ReferralPolicy policy;

	ReferralSection(ReferralPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public String titleKey() {
		return "referral.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/referrals";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayUse(user);
	}

}
