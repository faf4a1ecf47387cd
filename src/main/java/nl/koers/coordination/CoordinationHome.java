package nl.koers.coordination;

import java.util.Optional;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.HomePage;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Coordinators start on the coordination point.
 */
@Component
class CoordinationHome implements HomePage {

	private final CoordinationPolicy policy;

	CoordinationHome(CoordinationPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Optional<String> pathFor(Authentication authentication) {
		return authentication.getPrincipal() instanceof CurrentUser user && this.policy.mayCoordinate(user)
				? Optional.of("/coordination") : Optional.empty();
	}

	@Override
	public int getOrder() {
		return 1;
	}

}
