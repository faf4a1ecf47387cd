package nl.koers.budget.api;

import java.math.BigDecimal;

/**
 * A source's money in a year, as the budget report gives it: what is available for KP4,
 * committed (not released), spent (paid invoices) and remaining (available less what is
 * used: per contract the larger of its commitments and its payments).
 */
public record SourceYear(String source, int year, BigDecimal budget, BigDecimal committed, BigDecimal spent,
		BigDecimal remaining) {
}
