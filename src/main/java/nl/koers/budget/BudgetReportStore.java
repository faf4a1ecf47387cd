package nl.koers.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The budget report's figures in one query per year.
 */
@Repository
class BudgetReportStore {

	/**
	 * Every source with a budget, an open commitment or a payment in the year; used is,
	 * per contract, the larger of its commitments and its payments, so an invoice above
	 * what was committed still counts.
	 */
	private static final String FIGURES = """
			with money as (
			    select source, contract_id, sum(committed) as committed, sum(spent) as spent from (
			        select source, contract_id, amount as committed, 0.00 as spent from budget_commitment
			        where municipality_id = :municipality and year = :year and released_at is null
			        union all
			        select source, contract_id, 0.00, amount from budget_payment
			        where municipality_id = :municipality and year = :year
			    ) lines group by source, contract_id
			), per_source as (
			    select source, sum(committed) as committed, sum(spent) as spent,
			           sum(greatest(committed, spent)) as used
			    from money group by source
			), budgets as (
			    select source, %s as available from budget where municipality_id = :municipality and year = :year
			)
			select coalesce(b.source, m.source) as source, coalesce(b.available, 0.00) as budget,
			       coalesce(m.committed, 0.00) as committed, coalesce(m.spent, 0.00) as spent,
			       coalesce(m.used, 0.00) as used
			from budgets b full join per_source m on m.source = b.source
			order by 1
			""".formatted(BudgetStore.AVAILABLE);

	private final JdbcClient jdbc;

	BudgetReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SourceMoney> figures(UUID municipalityId, int year) {
		return this.jdbc.sql(FIGURES)
			.param("municipality", municipalityId)
			.param("year", year)
			.query((rs, row) -> new SourceMoney(rs.getString("source"), rs.getBigDecimal("budget"),
					rs.getBigDecimal("committed"), rs.getBigDecimal("spent"), rs.getBigDecimal("used")))
			.list();
	}

	record SourceMoney(String source, BigDecimal budget, BigDecimal committed, BigDecimal spent, BigDecimal used) {

		BigDecimal remaining() {
			return this.budget.subtract(this.used);
		}

	}

}
