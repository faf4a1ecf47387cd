package nl.koers.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * The budget report of a year: per source what is available for KP4, committed, spent and
 * remaining, and the totals.
 */
record BudgetReport(int year, List<SourceFigures> sources, Totals total) {

	/**
	 * A source's figures; {@code remaining} is the budget less what is used, per contract
	 * the larger of its commitments and its payments.
	 */
	public record SourceFigures(String source, BigDecimal budget, BigDecimal committed, BigDecimal spent,
			BigDecimal remaining, BudgetWarning warning) {
	}

	public record Totals(BigDecimal budget, BigDecimal committed, BigDecimal spent, BigDecimal remaining) {
	}

}
