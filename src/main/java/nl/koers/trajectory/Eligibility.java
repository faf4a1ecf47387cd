package nl.koers.trajectory;

import java.util.List;
import java.util.stream.Stream;

import nl.koers.system.RefusedException.Reason;

/**
 * The eligibility rules of a nomination. A client outside the target group (or with an
 * open trajectory) is always refused; a nomination outside the window, under a full
 * contract or beyond the budget is refused too, unless the contract lets the contract
 * manager approve such exceptions.
 */
final class Eligibility {

	static final List<EligibilityRule> TARGET_GROUP = List.of(new AgeRule(), new BenefitDurationRule(), new RouteRule(),
			new OpenTrajectoryRule());

	static final List<EligibilityRule> CAPACITY = List.of(new NominationWindowRule(), new PlacesRule(),
			new BudgetRule());

	private Eligibility() {
	}

	/**
	 * The outcome of every rule: what refuses the nomination outright, and which capacity
	 * rules fail (by name and with their reasons).
	 */
	static Verdict check(NominationFacts facts) {
		List<Reason> refusals = TARGET_GROUP.stream().flatMap(rule -> rule.check(facts).stream()).toList();
		List<EligibilityRule> failed = CAPACITY.stream().filter(rule -> !rule.check(facts).isEmpty()).toList();
		List<Reason> exceptions = failed.stream().flatMap(rule -> rule.check(facts).stream()).toList();
		return new Verdict(refusals, exceptions, failed.stream().map(EligibilityRule::name).toList());
	}

	/**
	 * @param refusals reasons that refuse the nomination whatever the contract says
	 * @param exceptions reasons that refuse it unless the contract allows approval
	 * @param exceptionRules the names of the capacity rules that failed
	 */
	record Verdict(List<Reason> refusals, List<Reason> exceptions, List<String> exceptionRules) {

		boolean eligible() {
			return this.refusals.isEmpty() && this.exceptions.isEmpty();
		}

		List<Reason> all() {
			return Stream.concat(this.refusals.stream(), this.exceptions.stream()).toList();
		}

	}

}
