package nl.koers.consent;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

@Component
class ConsentSection implements ClientFileSection {

	private final ConsentPolicy policy;

	ConsentSection(ConsentPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String titleKey() {
		return "consent.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/consents";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayUseConsents(user);
	}

}
