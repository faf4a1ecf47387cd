package nl.koers.budget;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Budgets, commitments and payments in plain SQL.
 */
@Repository
class BudgetStore {

	/**
	 * What a source-year has used: per contract the larger of its commitments and its
	 * payments, so an invoice above what was committed still counts.
	 */
	private static final String USED = """
			select coalesce(sum(greatest(committed, spent)), 0) from (
			    select contract_id, sum(committed) as committed, sum(spent) as spent from (
			        select contract_id, amount as committed, 0 as spent from budget_commitment
			        where municipality_id = :municipality and source = :source and year = :year and released_at is null
			        union all
			        select contract_id, 0, amount from budget_payment
			        where municipality_id = :municipality and source = :source and year = :year
			    ) money group by contract_id
			) per_contract
			""";

	private final JdbcClient jdbc;

	BudgetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> sources(UUID municipalityId) {
		return this.jdbc.sql("select distinct source from budget where municipality_id = ? order by source")
			.param(municipalityId)
			.query(String.class)
			.list();
	}

	/**
	 * What a source has for KP4 in a year: the reservation when there is one, else the
	 * whole amount; zero without a budget.
	 */
	BigDecimal available(UUID municipalityId, String source, int year) {
		return this.jdbc
			.sql("select coalesce(reservation_amount, round(amount * reservation_percentage / 100, 2), amount) "
					+ "from budget where municipality_id = ? and source = ? and year = ?")
			.params(municipalityId, source, year)
			.query(BigDecimal.class)
			.optional()
			.orElse(BigDecimal.ZERO);
	}

	BigDecimal used(UUID municipalityId, String source, int year) {
		return this.jdbc.sql(USED)
			.param("municipality", municipalityId)
			.param("source", source)
			.param("year", year)
			.query(BigDecimal.class)
			.single();
	}

	void commit(UUID municipalityId, String source, UUID contractId, UUID trajectoryId, Commitment line, Instant now) {
		this.jdbc
			.sql("insert into budget_commitment (id, municipality_id, source, year, amount, contract_id, "
					+ "trajectory_id, phase, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), municipalityId, source, line.year(), line.amount(), contractId, trajectoryId,
					line.phase(), Timestamp.from(now))
			.update();
	}

	void release(UUID trajectoryId, int fromPhase, Instant now) {
		this.jdbc
			.sql("update budget_commitment set released_at = ? where trajectory_id = ? and released_at is null "
					+ "and coalesce(phase, 0) >= ?")
			.params(Timestamp.from(now), trajectoryId, fromPhase)
			.update();
	}

	void moveToYear(UUID trajectoryId, int phase, int year) {
		this.jdbc
			.sql("update budget_commitment set year = ? where trajectory_id = ? and phase = ? and released_at is null")
			.params(year, trajectoryId, phase)
			.update();
	}

	Map<UUID, ContractMoney> contractMoney(Collection<UUID> contractIds) {
		Map<UUID, ContractMoney> money = new HashMap<>();
		if (contractIds.isEmpty()) {
			return money;
		}
		this.jdbc.sql("""
				select contract_id, sum(committed) as committed, sum(spent) as spent from (
				    select contract_id, amount as committed, 0 as spent from budget_commitment
				    where contract_id in (:contracts) and released_at is null
				    union all
				    select contract_id, 0, amount from budget_payment where contract_id in (:contracts)
				) money group by contract_id
				""")
			.param("contracts", contractIds)
			.query((rs, row) -> money.put(rs.getObject("contract_id", UUID.class),
					new ContractMoney(rs.getBigDecimal("committed"), rs.getBigDecimal("spent"))))
			.list();
		return money;
	}

}
