package nl.koers.trajectory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.koers.system.RefusedException.Reason;

/**
 * The client has received benefit for at least the contract's minimum number of months on
 * the nomination date.
 */
class BenefitDurationRule implements EligibilityRule {

	@Override
	public String name() {
		return "BENEFIT_DURATION";
	}

	@Override
	public List<Reason> check(NominationFacts facts) {
		Integer minimum = facts.contract().minBenefitMonths();
		LocalDate since = facts.client().benefitStartDate();
		if (minimum == null || (since != null && !facts.date().isBefore(since.plusMonths(minimum)))) {
			return List.of();
		}
		long months = since == null || since.isAfter(facts.date()) ? 0 : ChronoUnit.MONTHS.between(since, facts.date());
		return List.of(new Reason("clientId", "trajectory.rule.benefitDuration", months, minimum));
	}

}
