package nl.koers.reporting.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.koers.route.api.Route;

/**
 * A target for the caller's municipality and a period (both days inclusive); the route
 * and the maximum days only for {@link TargetMeasure#TIME_IN_ROUTE}.
 */
public record NewTarget(@NotNull TargetMeasure measure, @NotNull TargetUnit unit,
		@NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 1) BigDecimal value,
		Route route, @Min(1) @Max(3650) Integer maxDays, @NotNull LocalDate from, @NotNull LocalDate until) {
}
