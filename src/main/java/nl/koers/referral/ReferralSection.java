package nl.koers.referral;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

/**
 * The client's referrals as a section of the client file.
 */
@Component
class ReferralSection implements ClientFileSection {

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

}
