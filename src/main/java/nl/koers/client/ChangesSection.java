package nl.koers.client;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The change history of the client's details, case lead and household as a section of the
 * client file.
 */
@Component
class ChangesSection implements ClientFileSection {

	private final ClientPolicy policy;

	ChangesSection(ClientPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 96;
	}

	@Override
	public String titleKey() {
		return "client.changes.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/changes";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayReadMunicipality(user);
	}

}
