package nl.koers.task;

import java.util.Optional;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.web.HomePage;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Consultants (who keep a worklist) start on it.
 */
@Component
class WorklistHome implements HomePage {

	private final TaskPolicy policy;

	WorklistHome(TaskPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Optional<String> pathFor(Authentication authentication) {
		return authentication.getPrincipal() instanceof CurrentUser user && this.policy.mayKeepWorklist(user)
				? Optional.of("/worklist") : Optional.empty();
	}

	@Override
	public int getOrder() {
		return 2;
	}

}
