package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.koers.reporting.api.NewTarget;
import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.route.api.Route;

/**
 * The form to set a target.
 */
record TargetForm(@NotNull TargetMeasure measure, @NotNull TargetUnit unit,
		@NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 1) BigDecimal value,
		Route route, @Min(1) @Max(3650) Integer maxDays, @NotNull LocalDate from, @NotNull LocalDate until) {

	static TargetForm empty(LocalDate today) {
		LocalDate start = today.withDayOfYear(1);
		return new TargetForm(TargetMeasure.PAID_WORK, TargetUnit.PERCENT, null, null, null, start,
				start.plusYears(4).minusDays(1));
	}

	NewTarget target() {
		return new NewTarget(this.measure, this.unit, this.value, this.route, this.maxDays, this.from, this.until);
	}

}
