package nl.koers.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.budget.BudgetReportStore.SourceMoney;
import nl.koers.budget.api.Commitment;
import nl.koers.budget.api.Shortfall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money rules of budgets without a database: what remains of a budget, when the
 * report warns, and which years fall short of planned commitments; no Spring context.
 */
class BudgetMoneyTests {

	private static final UUID MUNICIPALITY = UUID.randomUUID();

	private final BudgetReportService reports = new BudgetReportService(null, null, new BigDecimal("10"));

	@Test
	void whatRemainsIsTheBudgetLessWhatIsUsed() {
		SourceMoney money = new SourceMoney("Werkbudget", new BigDecimal("160650.00"), new BigDecimal("3213.00"),
				new BigDecimal("1071.00"), new BigDecimal("3213.00"));
		assertThat(money.remaining()).isEqualByComparingTo("157437.00");
	}

	@Test
	void theReportWarnsBelowTenPercentAndWhenNothingIsLeft() {
		BigDecimal budget = new BigDecimal("1000.00");
		assertThat(this.reports.warning(budget, new BigDecimal("900.00"), new BigDecimal("100.00"))).isNull();
		assertThat(this.reports.warning(budget, new BigDecimal("900.01"), new BigDecimal("99.99")))
			.isEqualTo(BudgetWarning.LOW);
		assertThat(this.reports.warning(budget, budget, new BigDecimal("0.00"))).isEqualTo(BudgetWarning.EXHAUSTED);
		assertThat(this.reports.warning(budget, new BigDecimal("1200.00"), new BigDecimal("-200.00")))
			.isEqualTo(BudgetWarning.EXHAUSTED);
	}

	@Test
	void aSourceWithoutBudgetOrMoneyGetsNoWarningButSpendingWithoutBudgetDoes() {
		assertThat(this.reports.warning(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
		assertThat(this.reports.warning(BigDecimal.ZERO, new BigDecimal("10.00"), new BigDecimal("-10.00")))
			.isEqualTo(BudgetWarning.EXHAUSTED);
	}

	@Test
	void theWarningThresholdIsRoundedHalfUpToTheCent() {
		BigDecimal budget = new BigDecimal("0.05");
		assertThat(this.reports.warning(budget, new BigDecimal("0.04"), new BigDecimal("0.01"))).isNull();
		assertThat(this.reports.warning(budget, new BigDecimal("0.05"), new BigDecimal("0.00")))
			.isEqualTo(BudgetWarning.EXHAUSTED);
	}

	@Test
	void plannedCommitmentsAreAddedUpPerYearBeforeTheyAreComparedWithWhatRemains() {
		BudgetService budgets = new BudgetService(null, remaining(Map.of(2005, "1071.00", 2006, "3000.00")), null,
				null);
		List<Shortfall> shortfalls = budgets.shortfalls(MUNICIPALITY, "Werkbudget",
				List.of(new Commitment(2005, null, new BigDecimal("1071.00")),
						new Commitment(2006, 1, new BigDecimal("1606.50")),
						new Commitment(2006, 2, new BigDecimal("1606.50")),
						new Commitment(2007, null, new BigDecimal("1071.00"))));
		assertThat(shortfalls).containsExactly(
				new Shortfall(2006, new BigDecimal("3213.00"), new BigDecimal("3000.00")),
				new Shortfall(2007, new BigDecimal("1071.00"), BigDecimal.ZERO));
	}

	/**
	 * A report store that knows only what remains of the Werkbudget per year.
	 */
	private static BudgetReportStore remaining(Map<Integer, String> perYear) {
		return new BudgetReportStore(null) {

			@Override
			List<SourceMoney> figures(UUID municipalityId, int year) {
				String left = perYear.get(year);
				return left == null ? List.of() : List.of(new SourceMoney("Werkbudget", new BigDecimal(left),
						BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
			}

		};
	}

}
