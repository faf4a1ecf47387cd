package nl.koers.coordination;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;
import nl.koers.coordination.api.Signals;

import org.springframework.stereotype.Component;

/**
 * Signals and advice requests as a section of the client file.
 */
@Component
class CoordinationSection implements ClientFileSection {

	private final CoordinationPolicy policy;

	CoordinationSection(CoordinationPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String titleKey() {
		return "coordination.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/coordination";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayAct(user);
	}

}
