package nl.koers.client;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The legal holds as a section of the client file, for coordinators.
 */
@Component
class LegalHoldSection implements ClientFileSection {

	private final ClientPolicy policy;

	LegalHoldSection(ClientPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 97;
	}

	@Override
	public String titleKey() {
		return "legalHold.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/legal-hold";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayHold(user);
	}

}
