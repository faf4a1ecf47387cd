package nl.koers.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import nl.koers.budget.BudgetReportStore.SourceMoney;
import nl.koers.budget.api.Budgets;
import nl.koers.budget.api.Commitment;
import nl.koers.budget.api.ContractMoney;
import nl.koers.budget.api.NewPayment;
import nl.koers.budget.api.PaymentView;
import nl.koers.budget.api.Shortfall;
import nl.koers.budget.api.SourceYear;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.Open;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Money against budgets, for the modules that spend it. The calls that take no user leave
 * the decision that money may be committed or released to the caller; recording a payment
 * checks the user's role itself. They join the caller's transaction, so money moves
 * together with the change that caused it.
 */
@Service
@Validated
class BudgetService implements Budgets {

	private static final String CALLER_DECIDED = "called by contract and trajectory inside their own checked step; "
			+ "takes no user";

	private final BudgetStore store;

	private final BudgetReportStore reports;

	private final BudgetPolicy policy;

	private final Clock clock;

	BudgetService(BudgetStore store, BudgetReportStore reports, BudgetPolicy policy, Clock clock) {
		this.store = store;
		this.reports = reports;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The sources that have a budget in the municipality, by name.
	 */
	@Override
	@Transactional(readOnly = true)
	@Open(CALLER_DECIDED)
	public List<String> sources(UUID municipalityId) {
		return this.store.sources(municipalityId);
	}

	/**
	 * Locks the source's budgets of these years until the caller's transaction ends;
	 * there must be one.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	@Open(CALLER_DECIDED)
	public void lock(UUID municipalityId, String source, Collection<Integer> years) {
		if (!years.isEmpty()) {
			this.store.lock(municipalityId, source, years);
		}
	}

	/**
	 * The years in which the source has less left than the planned commitments ask, each
	 * with what is needed and what remains; empty when everything fits.
	 */
	@Override
	@Transactional(readOnly = true)
	@Open(CALLER_DECIDED)
	public List<Shortfall> shortfalls(UUID municipalityId, String source, List<Commitment> planned) {
		Map<Integer, BigDecimal> perYear = new TreeMap<>();
		planned.forEach(line -> perYear.merge(line.year(), line.amount(), BigDecimal::add));
		List<Shortfall> shortfalls = new ArrayList<>();
		perYear.forEach((year, needed) -> {
			BigDecimal remaining = this.reports.figures(municipalityId, year)
				.stream()
				.filter(money -> money.source().equals(source))
				.findFirst()
				.map(SourceMoney::remaining)
				.orElse(BigDecimal.ZERO);
			if (remaining.compareTo(needed) < 0) {
				shortfalls.add(new Shortfall(year, needed, remaining));
			}
		});
		return shortfalls;
	}

	@Override
	@Transactional
	@Open(CALLER_DECIDED)
	public void commit(UUID municipalityId, String source, UUID contractId, UUID trajectoryId, List<Commitment> lines) {
		lines.forEach(line -> this.store.commit(municipalityId, source, contractId, trajectoryId, line,
				this.clock.instant()));
	}

	/**
	 * Releases everything still committed for the trajectory (a declined or withdrawn
	 * nomination).
	 */
	@Override
	@Transactional
	@Open(CALLER_DECIDED)
	public void release(UUID trajectoryId) {
		this.store.release(trajectoryId, 0, this.clock.instant());
	}

	/**
	 * Releases what is committed for phases from this one on (phases the trajectory will
	 * not reach because it ended).
	 */
	@Override
	@Transactional
	@Open(CALLER_DECIDED)
	public void releasePhasesFrom(UUID trajectoryId, int phase) {
		this.store.release(trajectoryId, phase, this.clock.instant());
	}

	/**
	 * Moves a phase's commitment to the year the phase actually started.
	 */
	@Override
	@Transactional
	@Open(CALLER_DECIDED)
	public void moveToYear(UUID trajectoryId, int phase, int year) {
		this.store.moveToYear(trajectoryId, phase, year);
	}

	/**
	 * Committed and spent money per contract; contracts without money are left out.
	 */
	@Override
	@Transactional(readOnly = true)
	@Open(CALLER_DECIDED)
	public Map<UUID, ContractMoney> money(Collection<UUID> contractIds) {
		return this.store.contractMoney(contractIds);
	}

	/**
	 * Records a paid invoice under a contract against the source's budget of the form's
	 * year, in the user's municipality; only the contract manager records payments.
	 */
	@Override
	@Transactional
	public PaymentView recordPayment(CurrentUser user, String source, UUID contractId, NewPayment form) {
		this.policy.requireKeeper(user);
		UUID id = this.store.insertPayment(user.municipalityId(), source.strip(), contractId, form, user.id(),
				this.clock.instant());
		return this.store.payment(user.municipalityId(), id).orElseThrow();
	}

	/**
	 * The payments under a contract of the municipality, in the order they were paid.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<SourceYear> year(CurrentUser user, int year) {
		this.policy.requireReader(user);
		return this.reports.figures(user.municipalityId(), year)
			.stream()
			.map(money -> new SourceYear(money.source(), year, money.budget(), money.committed(), money.spent(),
					money.remaining()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	@Open(CALLER_DECIDED)
	public List<PaymentView> payments(UUID municipalityId, UUID contractId) {
		return this.store.payments(municipalityId, contractId);
	}

}
