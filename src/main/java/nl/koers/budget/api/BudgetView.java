package nl.koers.budget.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A budget with what it makes available for KP4: the reservation when there is one, else
 * the whole amount.
 */
public record BudgetView(UUID id, String source, int year, BigDecimal amount, BigDecimal reservationPercentage,
		BigDecimal reservationAmount, BigDecimal available, String note, long version) {
}
