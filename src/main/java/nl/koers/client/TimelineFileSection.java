package nl.koers.client;

import java.util.UUID;

import org.springframework.stereotype.Component;

@Component
class TimelineFileSection implements ClientFileSection {

	@Override
	public int order() {
		return 1;
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
