package nl.koers.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import nl.koers.budget.BudgetReport.SourceFigures;
import nl.koers.budget.BudgetReport.Totals;
import nl.koers.budget.BudgetReportStore.SourceMoney;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.InvalidFieldException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget report for managers and the contract manager, with a warning for sources
 * that have less left than the configured share of their budget, or nothing.
 */
@Service
class BudgetReportService {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BudgetReportStore store;

	private final BudgetPolicy policy;

	private final BigDecimal warnBelowPercent;

	BudgetReportService(BudgetReportStore store, BudgetPolicy policy,
			@Value("${koers.budget.warn-below-percent:10}") BigDecimal warnBelowPercent) {
		this.store = store;
		this.policy = policy;
		this.warnBelowPercent = warnBelowPercent;
	}

	@Transactional(readOnly = true)
	public BudgetReport report(CurrentUser user, int year) {
		this.policy.requireReader(user);
		if (year < 2000 || year > 2100) {
			throw new InvalidFieldException("year", "budget.year.range");
		}
		List<SourceFigures> sources = this.store.figures(user.municipalityId(), year)
			.stream()
			.map(this::figures)
			.toList();
		return new BudgetReport(year, sources,
				new Totals(sum(sources, SourceFigures::budget), sum(sources, SourceFigures::committed),
						sum(sources, SourceFigures::spent), sum(sources, SourceFigures::remaining)));
	}

	private SourceFigures figures(SourceMoney money) {
		BigDecimal remaining = money.remaining();
		return new SourceFigures(money.source(), money.budget(), money.committed(), money.spent(), remaining,
				warning(money.budget(), money.used(), remaining));
	}

	BudgetWarning warning(BigDecimal budget, BigDecimal used, BigDecimal remaining) {
		if (remaining.signum() <= 0) {
			return budget.signum() != 0 || used.signum() != 0 ? BudgetWarning.EXHAUSTED : null;
		}
		BigDecimal threshold = budget.multiply(this.warnBelowPercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
		return remaining.compareTo(threshold) < 0 ? BudgetWarning.LOW : null;
	}

	private static BigDecimal sum(List<SourceFigures> sources, Function<SourceFigures, BigDecimal> amount) {
		return sources.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

}
