package nl.koers.client;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

@Component
class BenefitSection implements ClientFileSection {

	@Override
	public int order() {
		return 92;
	}

	@Override
	public String titleKey() {
		return "benefit.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/benefits";
	}

}
