package nl.koers.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.budget.BudgetReportStore.SourceMoney;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
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
public class Budgets {

	private final BudgetStore store;

	private final BudgetReportStore reports;

	private final Clock clock;

	Budgets(BudgetStore store, BudgetReportStore reports, Clock clock) {
		this.store = store;
		this.reports = reports;
		this.clock = clock;
	}

	/**
	 * The sources that have a budget in the municipality, by name.
	 */
	@Transactional(readOnly = true)
	public List<String> sources(UUID municipalityId) {
		return this.store.sources(municipalityId);
	}

	/**
	 * The years in which the source has less left than the planned commitments ask, each
	 * with what is needed and what remains; empty when everything fits.
	 */
	@Transactional(readOnly = true)
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

	@Transactional
	public void commit(UUID municipalityId, String source, UUID contractId, UUID trajectoryId, List<Commitment> lines) {
		lines.forEach(line -> this.store.commit(municipalityId, source, contractId, trajectoryId, line,
				this.clock.instant()));
	}

	/**
	 * Releases everything still committed for the trajectory (a declined or withdrawn
	 * nomination).
	 */
	@Transactional
	public void release(UUID trajectoryId) {
		this.store.release(trajectoryId, 0, this.clock.instant());
	}

	/**
	 * Releases what is committed for phases from this one on (phases the trajectory will
	 * not reach because it ended).
	 */
	@Transactional
	public void releasePhasesFrom(UUID trajectoryId, int phase) {
		this.store.release(trajectoryId, phase, this.clock.instant());
	}

	/**
	 * Moves a phase's commitment to the year the phase actually started.
	 */
	@Transactional
	public void moveToYear(UUID trajectoryId, int phase, int year) {
		this.store.moveToYear(trajectoryId, phase, year);
	}

	/**
	 * Committed and spent money per contract; contracts without money are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, ContractMoney> money(Collection<UUID> contractIds) {
		return this.store.contractMoney(contractIds);
	}

	/**
	 * Records a paid invoice under a contract against the source's budget of the form's
	 * year, in the user's municipality; only the contract manager records payments.
	 */
	@Transactional
	public PaymentView recordPayment(CurrentUser user, @NotBlank @Size(max = 100) String source,
			@NotNull UUID contractId, @NotNull @Valid PaymentForm form) {
		if (!user.hasRole(Role.CONTRACT_MANAGER)) {
			throw new AccessDeniedException("the contract manager records payments");
		}
		UUID id = this.store.insertPayment(user.municipalityId(), source.strip(), contractId, form, user.id(),
				this.clock.instant());
		return this.store.payment(user.municipalityId(), id).orElseThrow();
	}

	/**
	 * The payments under a contract of the municipality, in the order they were paid.
	 */
	@Transactional(readOnly = true)
	public List<PaymentView> payments(UUID municipalityId, UUID contractId) {
		return this.store.payments(municipalityId, contractId);
	}

}
