package nl.koers.trajectory;

import java.util.List;

import nl.koers.contract.api.ContractView;
import nl.koers.system.RefusedException.Reason;

/**
 * The nomination date lies within the contract's nomination window, both ends included.
 */
class NominationWindowRule implements EligibilityRule {

	@Override
	public String name() {
		return "WINDOW";
	}

	@Override
	public List<Reason> check(NominationFacts facts) {
		ContractView contract = facts.contract();
		if (contract.openOn(facts.date())) {
			return List.of();
		}
		return List.of(new Reason("nominatedOn", "trajectory.rule.window", facts.date(), contract.nominationFrom(),
				contract.nominationUntil()));
	}

}
