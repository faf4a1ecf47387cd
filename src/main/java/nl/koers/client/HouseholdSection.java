package nl.koers.client;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

@Component
class HouseholdSection implements ClientFileSection {

	@Override
	public int order() {
		return 94;
	}

	@Override
	public String titleKey() {
		return "household.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/household";
	}

}
