package nl.koers.budget.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A paid invoice: the budget year it is paid from, the amount in euros, the day it was
 * paid and the invoice's reference.
 */
public record NewPayment(@Min(2000) @Max(2100) int year,
		@NotNull @DecimalMin(value = "0.00", inclusive = false, message = "{budget.payment.amount}") @Digits(
				integer = 10, fraction = 2, message = "{budget.payment.amount}") BigDecimal amount,
		@NotNull @PastOrPresent(message = "{budget.payment.paidOn}") LocalDate paidOn,
		@NotBlank @Size(max = 100) String reference) {
}
