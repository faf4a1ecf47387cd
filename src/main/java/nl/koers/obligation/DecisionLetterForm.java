package nl.koers.obligation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The reduction a decision on a measure states: a percentage of the benefit, from a date,
 * for a number of months.
 */
record DecisionLetterForm(@NotNull @Min(1) @Max(100) Integer reductionPercent, @NotNull LocalDate startsOn,
		@NotNull @Min(1) @Max(12) Integer months) {

	static DecisionLetterForm empty() {
		return new DecisionLetterForm(null, null, null);
	}

}
