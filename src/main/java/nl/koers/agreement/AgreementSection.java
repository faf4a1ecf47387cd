package nl.koers.agreement;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The agreements made with the client as a section of the client file.
 */
@Component
class AgreementSection implements ClientFileSection {

	private final AgreementPolicy policy;

	AgreementSection(AgreementPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String titleKey() {
		return "agreement.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/agreements";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayRead(user);
	}

}
