package nl.koers.client;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

@Component
class TimelineSection implements ClientFileSection {

	@Override
	public int order() {
		return 99;
	}

	@Override
	public String titleKey() {
		return "timeline.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/timeline";
	}

}
