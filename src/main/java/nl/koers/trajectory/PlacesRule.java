package nl.koers.trajectory;

import java.util.List;

import nl.koers.contract.api.ContractView;
import nl.koers.system.RefusedException.Reason;

/**
 * The contract has a place left.
 */
class PlacesRule implements EligibilityRule {

	@Override
	public String name() {
		return "PLACES";
	}

	@Override
	public List<Reason> check(NominationFacts facts) {
		ContractView contract = facts.contract();
		return contract.placesLeft() > 0 ? List.of()
				: List.of(new Reason("contractId", "trajectory.rule.full", contract.places()));
	}

}
