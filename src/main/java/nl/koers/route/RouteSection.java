package nl.koers.route;

import java.util.UUID;

import nl.koers.client.api.ClientFileSection;
import nl.koers.identity.api.CurrentUser;

import org.springframework.stereotype.Component;

@Component
class RouteSection implements ClientFileSection {

	private final RoutePolicy policy;

	RouteSection(RoutePolicy policy) {
		this.policy = policy;
	}

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

	@Override
	public boolean visibleTo(CurrentUser user) {
		return this.policy.mayRead(user);
	}

}
