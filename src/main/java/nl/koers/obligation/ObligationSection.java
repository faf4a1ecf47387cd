package nl.koers.obligation;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

@Component
class ObligationSection implements ClientFileSection {

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

}
