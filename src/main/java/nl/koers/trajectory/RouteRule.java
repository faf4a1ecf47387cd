package nl.koers.trajectory;

import java.util.List;

import nl.koers.system.RefusedException.Reason;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The client is KP4 on the nomination date, on one of the contract's routes when it names
 * any.
 */
class RouteRule implements EligibilityRule {

	@Override
	public String name() {
		return "ROUTE";
	}

	@Override
	public List<Reason> check(NominationFacts facts) {
		if (facts.route() == null) {
			return List.of(new Reason("clientId", "trajectory.rule.notKp4"));
		}
		if (facts.contract().routes().isEmpty() || facts.contract().routes().contains(facts.route())) {
			return List.of();
		}
		return List.of(new Reason("clientId", "trajectory.rule.route",
				new DefaultMessageSourceResolvable("route." + facts.route().name())));
	}

}
