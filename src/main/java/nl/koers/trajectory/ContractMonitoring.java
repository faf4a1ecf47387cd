package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.budget.Budgets;
import nl.koers.budget.ContractMoney;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.NotFoundException;
import nl.koers.trajectory.MonitoringStore.ContractTally;
import nl.koers.trajectory.MonitoringStore.Running;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the municipality's contracts stand on a reference date, for contract managers and
 * managers: places, waiting, running, overdue, outcomes, duration and money, per contract
 * and per provider. The money is what is committed and paid today, whatever the date.
 */
@Service
public class ContractMonitoring {

	private final MonitoringStore store;

	private final Budgets budgets;

	private final AccessLog accessLog;

	private final Clock clock;

	ContractMonitoring(MonitoringStore store, Budgets budgets, AccessLog accessLog, Clock clock) {
		this.store = store;
		this.budgets = budgets;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * The figures on the date; today when none is given.
	 */
	@Transactional(readOnly = true)
	public Monitoring monitoring(CurrentUser user, LocalDate date) {
		requireMonitor(user);
		LocalDate day = day(date);
		List<ContractTally> tallies = withMoney(this.store.contracts(user.municipalityId(), null, day));
		Map<UUID, ProviderSum> providers = new LinkedHashMap<>();
		for (ContractTally contract : tallies) {
			providers.merge(contract.providerId(), new ProviderSum(contract.providerName(), 1, contract.tally()),
					ProviderSum::plus);
		}
		List<ProviderFigures> perProvider = providers.entrySet()
			.stream()
			.map(entry -> new ProviderFigures(entry.getKey(), entry.getValue().name(), entry.getValue().contracts(),
					Figures.of(entry.getValue().tally())))
			.toList();
		return new Monitoring(day, tallies.stream().map(ContractMonitoring::figures).toList(), perProvider);
	}

	/**
	 * One contract's figures on the date (today when none is given).
	 */
	@Transactional(readOnly = true)
	public ContractFigures contract(CurrentUser user, UUID contractId, LocalDate date) {
		requireMonitor(user);
		return withMoney(this.store.contracts(user.municipalityId(), contractId, day(date))).stream()
			.findFirst()
			.map(ContractMonitoring::figures)
			.orElseThrow(() -> new NotFoundException("contract"));
	}

	/**
	 * The contract's trajectories running past or near their maximum end on the date
	 * (today when none is given); logged as a list because they are about clients.
	 */
	@Transactional
	public List<OverdueTrajectory> overdue(CurrentUser user, UUID contractId, LocalDate date) {
		requireMonitor(user);
		if (!this.store.exists(user.municipalityId(), contractId)) {
			throw new NotFoundException("contract");
		}
		LocalDate day = day(date);
		List<Running> running = this.store.nearOrPastMaximum(user.municipalityId(), contractId, day);
		this.accessLog.record(user, AccessAction.LIST, running.stream().map(Running::clientId).toList());
		return running.stream()
			.map(trajectory -> new OverdueTrajectory(trajectory.id(), trajectory.startedOn(), trajectory.maximumEnd(),
					!trajectory.maximumEnd().isAfter(day), trajectory.phaseName(),
					ChronoUnit.MONTHS.between(trajectory.startedOn(), day), trajectory.nominatedByName()))
			.toList();
	}

	private List<ContractTally> withMoney(List<ContractTally> tallies) {
		Map<UUID, ContractMoney> money = this.budgets.money(tallies.stream().map(ContractTally::id).toList());
		return tallies.stream()
			.map(contract -> new ContractTally(contract.id(), contract.name(), contract.lot(), contract.providerId(),
					contract.providerName(),
					contract.tally().with(money.getOrDefault(contract.id(), ContractMoney.NONE))))
			.toList();
	}

	private static ContractFigures figures(ContractTally contract) {
		return new ContractFigures(contract.id(), contract.name(), contract.lot(), contract.providerId(),
				contract.providerName(), Figures.of(contract.tally()));
	}

	private LocalDate day(LocalDate date) {
		return date == null ? LocalDate.now(this.clock) : date;
	}

	private static void requireMonitor(CurrentUser user) {
		if (!user.hasAnyRole(Role.CONTRACT_MANAGER, Role.MANAGER)) {
			throw new AccessDeniedException("contract monitoring is for contract managers and managers");
		}
	}

	private record ProviderSum(String name, int contracts, Tally tally) {

		ProviderSum plus(ProviderSum other) {
			return new ProviderSum(this.name, this.contracts + other.contracts, this.tally.plus(other.tally));
		}

	}

}
