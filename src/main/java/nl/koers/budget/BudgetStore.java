package nl.koers.budget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.BudgetView;
import nl.koers.budget.api.Commitment;
import nl.koers.budget.api.ContractMoney;
import nl.koers.budget.api.NewPayment;
import nl.koers.budget.api.PaymentView;
import nl.koers.system.Cursor;
import nl.koers.system.CursorPage;
import nl.koers.system.SqlRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Budgets, commitments and payments in plain SQL.
 */
@Repository
class BudgetStore {

	/**
	 * What a budget row makes available for KP4, as SQL over its columns.
	 */
	static final String AVAILABLE = "coalesce(reservation_amount, "
			+ "round(amount * reservation_percentage / 100, 2), amount)";

	private static final String BUDGET = "select id, source, year, amount, reservation_percentage, reservation_amount, "
			+ AVAILABLE + " as available, note, version from budget ";

	private static final String PAYMENT = "select id, contract_id, source, year, amount, paid_on, reference, recorded_at "
			+ "from budget_payment ";

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
	 * Locks the source's budget rows of the years, in year order, until the transaction
	 * ends; a year without a budget has nothing to lock (and nothing to spend).
	 */
	void lock(UUID municipalityId, String source, Collection<Integer> years) {
		this.jdbc
			.sql("select id from budget where municipality_id = :municipality and source = :source "
					+ "and year in (:years) order by year for update")
			.param("municipality", municipalityId)
			.param("source", source)
			.param("years", years)
			.query(UUID.class)
			.list();
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

	UUID insertBudget(UUID municipalityId, BudgetEntry form, UUID createdBy, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into budget (id, municipality_id, source, year, amount, reservation_percentage, "
					+ "reservation_amount, note, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, form.source().strip(), form.year(), form.amount(), form.reservationPercentage(),
					form.reservationAmount(), form.note(), createdBy, Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * Changes the amounts and the note when the version is still the one read.
	 */
	boolean updateBudget(UUID municipalityId, UUID id, BudgetEntry form) {
		return this.jdbc
			.sql("update budget set amount = ?, reservation_percentage = ?, reservation_amount = ?, note = ?, "
					+ "version = version + 1 where municipality_id = ? and id = ? and version = ?")
			.params(form.amount(), form.reservationPercentage(), form.reservationAmount(), form.note(), municipalityId,
					id, form.version())
			.update() == 1;
	}

	boolean exists(UUID municipalityId, String source, int year) {
		return this.jdbc.sql("select count(*) from budget where municipality_id = ? and source = ? and year = ?")
			.params(municipalityId, source, year)
			.query(Long.class)
			.single() > 0;
	}

	Optional<BudgetView> budget(UUID municipalityId, UUID id) {
		return this.jdbc.sql(BUDGET + "where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(BudgetStore::budget)
			.optional();
	}

	/**
	 * The municipality's budgets of a year, or of all years when {@code year} is null, by
	 * year and source.
	 */
	List<BudgetView> budgets(UUID municipalityId, Integer year) {
		return this.jdbc
			.sql(BUDGET
					+ "where municipality_id = ? and (cast(? as integer) is null or year = ?) order by year, source")
			.params(municipalityId, year, year)
			.query(BudgetStore::budget)
			.list();
	}

	/**
	 * A page of the budgets in the same order, by key on (year, source, id).
	 */
	CursorPage<BudgetView> budgets(UUID municipalityId, Integer year, String next, int limit) {
		StringBuilder sql = new StringBuilder(
				BUDGET + "where municipality_id = ? and (cast(? as integer) is null or year = ?)");
		List<Object> args = new ArrayList<>(List.of(municipalityId));
		args.add(year);
		args.add(year);
		if (StringUtils.hasText(next)) {
			Cursor cursor = Cursor.decode(next, 3);
			sql.append(" and (year, source, id) > (?, ?, ?)");
			args.add(cursor.key(0, Integer::valueOf));
			args.add(cursor.key(1));
			args.add(cursor.key(2, UUID::fromString));
		}
		sql.append(" order by year, source, id limit ?");
		args.add(limit + 1);
		return CursorPage.of(this.jdbc.sql(sql.toString()).params(args).query(BudgetStore::budget).list(), limit,
				budget -> Cursor.of(String.valueOf(budget.year()), budget.source(), budget.id().toString()));
	}

	UUID insertPayment(UUID municipalityId, String source, UUID contractId, NewPayment form, UUID recordedBy,
			Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into budget_payment (id, municipality_id, source, year, amount, contract_id, paid_on, "
					+ "reference, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, municipalityId, source, form.year(), form.amount(), contractId, form.paidOn(),
					form.reference().strip(), recordedBy, Timestamp.from(now))
			.update();
		return id;
	}

	Optional<PaymentView> payment(UUID municipalityId, UUID id) {
		return this.jdbc.sql(PAYMENT + "where municipality_id = ? and id = ?")
			.params(municipalityId, id)
			.query(BudgetStore::payment)
			.optional();
	}

	List<PaymentView> payments(UUID municipalityId, UUID contractId) {
		return this.jdbc
			.sql(PAYMENT + "where municipality_id = ? and contract_id = ? order by paid_on, recorded_at, id")
			.params(municipalityId, contractId)
			.query(BudgetStore::payment)
			.list();
	}

	private static BudgetView budget(ResultSet rs, int row) throws SQLException {
		return new BudgetView(rs.getObject("id", UUID.class), rs.getString("source"), rs.getInt("year"),
				rs.getBigDecimal("amount"), rs.getBigDecimal("reservation_percentage"),
				rs.getBigDecimal("reservation_amount"), rs.getBigDecimal("available"), rs.getString("note"),
				rs.getLong("version"));
	}

	private static PaymentView payment(ResultSet rs, int row) throws SQLException {
		return new PaymentView(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
				rs.getString("source"), rs.getInt("year"), rs.getBigDecimal("amount"),
				rs.getObject("paid_on", LocalDate.class), rs.getString("reference"),
				SqlRows.instant(rs, "recorded_at"));
	}

}
