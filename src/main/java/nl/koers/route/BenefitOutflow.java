package nl.koers.route;

import nl.koers.client.api.BenefitEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A benefit that ends is outflow: the KP4 route ends on the end date (after the client's
 * transaction, in one of its own; a repeated event finds the outflow recorded and does
 * nothing).
 */
@Component
class BenefitOutflow {

	private final RouteService routes;

	BenefitOutflow(RouteService routes) {
		this.routes = routes;
	}

	@ApplicationModuleListener
	void on(BenefitEnded event) {
		this.routes.recordOutflow(event);
	}

}
