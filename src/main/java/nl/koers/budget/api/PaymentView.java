package nl.koers.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A paid invoice under a contract, paid from a source's budget of a year.
 */
public record PaymentView(UUID id, UUID contractId, String source, int year, BigDecimal amount, LocalDate paidOn,
		String reference, Instant recordedAt) {
}
