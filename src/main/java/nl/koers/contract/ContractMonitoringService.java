package nl.koers.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.accesslog.api.AccessAction;
import nl.koers.accesslog.api.AccessLog;
import nl.koers.budget.api.Budgets;
import nl.koers.budget.api.ContractMoney;
import nl.koers.contract.MonitoringStore.MonitoredContract;
import nl.koers.contract.api.ContractTrajectories;
import nl.koers.contract.api.RunningTrajectory;
import nl.koers.contract.api.TrajectoryCounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the municipality's contracts stand on a reference date, for contract managers and
 * managers: places, waiting, running, overdue, outcomes, duration and money, per contract
 * and per provider. The money is what is committed and paid today, whatever the date.
 */
@Service
class ContractMonitoringService {

	private final MonitoringStore store;

	private final ContractTrajectories trajectories;

	private final ContractPolicy policy;

	private final Budgets budgets;

	private final AccessLog accessLog;

	private final UserDirectory directory;

	private final Clock clock;

	ContractMonitoringService(MonitoringStore store, ContractTrajectories trajectories, ContractPolicy policy,
			Budgets budgets, AccessLog accessLog, UserDirectory directory, Clock clock) {
		this.directory = directory;
		this.store = store;
		this.trajectories = trajectories;
		this.policy = policy;
		this.budgets = budgets;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * The name of the caller's municipality, as the monitoring files state it.
	 */
	@Transactional(readOnly = true)
	public String municipalityName(CurrentUser user) {
		this.policy.requireFollower(user);
		return this.directory.municipalityName(user.municipalityId()).orElse("");
	}

	/**
	 * The figures on the date; today when none is given.
	 */
	@Transactional(readOnly = true)
	public Monitoring monitoring(CurrentUser user, LocalDate date) {
		this.policy.requireFollower(user);
		LocalDate day = day(date);
		List<ContractTally> tallies = tallies(user.municipalityId(), null, day);
		Map<UUID, ProviderSum> providers = new LinkedHashMap<>();
		for (ContractTally contract : tallies) {
			providers.merge(contract.providerId(), new ProviderSum(contract.providerName(), 1, contract.tally()),
					ProviderSum::plus);
		}
		List<ProviderFigures> perProvider = providers.entrySet()
			.stream()
			.map(entry -> new ProviderFigures(entry.getKey(), entry.getValue().name(), entry.getValue().contracts(),
					MonitoringFigures.of(entry.getValue().tally())))
			.toList();
		return new Monitoring(day, tallies.stream().map(ContractMonitoringService::figures).toList(), perProvider);
	}

	/**
	 * One contract's figures on the date (today when none is given).
	 */
	@Transactional(readOnly = true)
	public ContractFigures contract(CurrentUser user, UUID contractId, LocalDate date) {
		this.policy.requireFollower(user);
		return tallies(user.municipalityId(), contractId, day(date)).stream()
			.findFirst()
			.map(ContractMonitoringService::figures)
			.orElseThrow(() -> new NotFoundException("contract"));
	}

	/**
	 * The contract's trajectories running past or near their maximum end on the date
	 * (today when none is given); logged as a list because they are about clients.
	 */
	@Transactional
	public List<OverdueTrajectory> overdue(CurrentUser user, UUID contractId, LocalDate date) {
		this.policy.requireFollower(user);
		if (!this.store.exists(user.municipalityId(), contractId)) {
			throw new NotFoundException("contract");
		}
		LocalDate day = day(date);
		List<RunningTrajectory> running = this.trajectories.nearOrPastMaximum(user.municipalityId(), contractId, day);
		this.accessLog.record(user, AccessAction.LIST, running.stream().map(RunningTrajectory::clientId).toList());
		return running.stream()
			.map(trajectory -> new OverdueTrajectory(trajectory.id(), trajectory.startedOn(), trajectory.maximumEnd(),
					!trajectory.maximumEnd().isAfter(day), trajectory.phaseName(),
					ChronoUnit.MONTHS.between(trajectory.startedOn(), day), trajectory.nominatedByName()))
			.toList();
	}

	/**
	 * The contracts with their trajectories' counts on the day and their money today.
	 */
	private List<ContractTally> tallies(UUID municipalityId, UUID contractId, LocalDate day) {
		List<MonitoredContract> contracts = this.store.contracts(municipalityId, contractId);
		Map<UUID, TrajectoryCounts> counts = this.trajectories.counts(municipalityId, contractId, day);
		Map<UUID, ContractMoney> money = this.budgets.money(contracts.stream().map(MonitoredContract::id).toList());
		return contracts.stream()
			.map(contract -> new ContractTally(contract.id(), contract.name(), contract.lot(), contract.providerId(),
					contract.providerName(),
					Tally.of(contract.places(), counts.get(contract.id()))
						.with(money.getOrDefault(contract.id(), ContractMoney.NONE))))
			.toList();
	}

	private static ContractFigures figures(ContractTally contract) {
		return new ContractFigures(contract.id(), contract.name(), contract.lot(), contract.providerId(),
				contract.providerName(), MonitoringFigures.of(contract.tally()));
	}

	private LocalDate day(LocalDate date) {
		return date == null ? LocalDate.now(this.clock) : date;
	}

	/**
	 * A contract's counts and money on the reference date.
	 */
	private record ContractTally(UUID id, String name, String lot, UUID providerId, String providerName, Tally tally) {
	}

	private record ProviderSum(String name, int contracts, Tally tally) {

		ProviderSum plus(ProviderSum other) {
			return new ProviderSum(this.name, this.contracts + other.contracts, this.tally.plus(other.tally));
		}

	}

}
