package nl.koers.route;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;

import org.springframework.stereotype.Component;

@Component
class RouteSection implements ClientFileSection {

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String titleKey() {
		return "route.section";
	}

	@Override
	public String path(UUID clientId) {
		return "/clients/" + clientId + "/route";
	}

}
