package nl.koers.trajectory;

import java.util.List;

import nl.koers.system.RefusedException.Reason;

/**
 * A client has one trajectory at a time.
 */
class OpenTrajectoryRule implements EligibilityRule {

	@Override
	public String name() {
		return "OPEN_TRAJECTORY";
	}

	@Override
	public List<Reason> check(NominationFacts facts) {
		return facts.openTrajectory() ? List.of(new Reason("clientId", "trajectory.rule.openTrajectory")) : List.of();
	}

}
