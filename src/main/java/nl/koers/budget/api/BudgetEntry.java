package nl.koers.budget.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A budget of a source for a year in euros, optionally with the part reserved for KP4 as
 * a percentage or as an amount (not both); {@code version} is the one read when changing
 * it.
 */
public record BudgetEntry(@NotBlank @Size(max = 100) String source, @NotNull @Min(2000) @Max(2100) Integer year,
		@NotNull @DecimalMin(value = "0.00", message = "{budget.money}") @Digits(integer = 10, fraction = 2,
				message = "{budget.money}") BigDecimal amount,
		@DecimalMin(value = "0", inclusive = false, message = "{budget.percentage}") @DecimalMax(value = "100",
				message = "{budget.percentage}") @Digits(integer = 3, fraction = 2,
						message = "{budget.percentage}") BigDecimal reservationPercentage,
		@DecimalMin(value = "0.00", message = "{budget.money}") @Digits(integer = 10, fraction = 2,
				message = "{budget.money}") BigDecimal reservationAmount,
		@Size(max = 1000) String note, Long version) {

}
