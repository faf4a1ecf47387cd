package nl.koers.reporting;

import java.util.Optional;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.HomePage;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Managers and contract managers start on the overview of their figures.
 */
@Component
class DashboardHome implements HomePage {

	private final ReportingPolicy policy;

	DashboardHome(ReportingPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Optional<String> pathFor(Authentication authentication) {
		return authentication.getPrincipal() instanceof CurrentUser user && this.policy.mayStartOnDashboard(user)
				? Optional.of("/reports") : Optional.empty();
	}

	@Override
	public int getOrder() {
		return 4;
	}

}
