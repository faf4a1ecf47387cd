package nl.koers.route;

import java.util.Arrays;
import java.util.List;

import nl.koers.client.api.CaseloadRoutes;
import nl.koers.route.api.Route;

import org.springframework.stereotype.Component;

/**
 * The routes the caseload shows and filters on ({@link CaseloadRoutes}), named by this
 * module's messages.
 */
@Component
class CaseloadRouteOptions implements CaseloadRoutes {

	@Override
	public List<Option> routes() {
		return Arrays.stream(Route.values()).map(route -> new Option(route.name(), "route." + route.name())).toList();
	}

}
