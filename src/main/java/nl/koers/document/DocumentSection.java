package nl.koers.document;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

@Component
class DocumentSection implements ClientFileSection {

	private final DocumentPolicy policy;

	DocumentSection(DocumentPolicy policy) {
		this.policy = policy;
	}

	@Override
	public int order() {
		return 88;
	}

	@Override
	public String titleKey() {
		return "document.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/documents";
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayRead(user);
	}

}
