package nl.koers.trajectory;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import nl.koers.contract.api.ContractView;
import nl.koers.system.RefusedException.Reason;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The client's age on the nomination date lies within the contract's range, both ends
 * included: someone turns 57½ on a day and may be nominated that day, not the day after.
 */
class AgeRule implements EligibilityRule {

	@Override
	public String name() {
		return "AGE";
	}

	@Override
	public List<Reason> check(NominationFacts facts) {
		ContractView contract = facts.contract();
		LocalDate born = facts.client().dateOfBirth();
		Integer min = contract.minAgeMonths();
		Integer max = contract.maxAgeMonths();
		boolean tooYoung = min != null && facts.date().isBefore(born.plusMonths(min));
		boolean tooOld = max != null && facts.date().isAfter(born.plusMonths(max));
		if (!tooYoung && !tooOld) {
			return List.of();
		}
		return List.of(new Reason("clientId", "trajectory.rule.age", age(Period.between(born, facts.date())),
				contract.minAgeText(), contract.maxAgeText()));
	}

	/**
	 * The client's age to the day, so it never reads like the bound it just passed.
	 */
	static Object age(Period age) {
		if (age.getDays() > 0) {
			return new DefaultMessageSourceResolvable(new String[] { "trajectory.age.yearsMonthsDays" },
					new Object[] { age.getYears(), age.getMonths(), age.getDays() });
		}
		if (age.getMonths() > 0) {
			return new DefaultMessageSourceResolvable(new String[] { "trajectory.age.yearsMonths" },
					new Object[] { age.getYears(), age.getMonths() });
		}
		return new DefaultMessageSourceResolvable(new String[] { "trajectory.age.years" },
				new Object[] { age.getYears() });
	}

}
