package nl.koers.obligation;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

@Component
class ObligationSection implements ClientFileSection {

	private final ObligationPolicy policy;

	ObligationSection(ObligationPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public String titleKey() {
		return "obligation.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/obligations";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayWorkWithObligations(user);
	}

}
