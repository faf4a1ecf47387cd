package nl.koers.trajectory;

import java.util.List;

import nl.koers.system.RefusedException.Reason;

/**
 * The contract's budget source has enough left, in every year the price is spread over.
 */
class BudgetRule implements EligibilityRule {

	@Override
	public String name() {
		return "BUDGET";
	}

	@Override
	public List<Reason> check(NominationFacts facts) {
		return facts.shortfalls()
			.stream()
			.map(shortfall -> new Reason("contractId", "trajectory.rule.budget", facts.contract().budgetSource(),
					String.valueOf(shortfall.year()), shortfall.needed(), shortfall.remaining()))
			.toList();
	}

}
