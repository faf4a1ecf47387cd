package nl.koers.referral;

import java.util.Optional;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.HomePage;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Institution workers start on the referrals to their organisation.
 */
@Component
class ReferralHome implements HomePage {

	private final ReferralPolicy policy;

	ReferralHome(ReferralPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Optional<String> pathFor(Authentication authentication) {
		return authentication.getPrincipal() instanceof CurrentUser user && this.policy.mayAnswer(user)
				? Optional.of("/referrals") : Optional.empty();
	}

	@Override
	public int getOrder() {
		return 3;
	}

}
