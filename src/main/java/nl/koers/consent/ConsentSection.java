package nl.koers.consent;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

@Component
class ConsentSection implements ClientFileSection {

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

}
