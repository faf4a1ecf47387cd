package nl.koers.document;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

@Component
class DocumentSection implements ClientFileSection {

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

}
