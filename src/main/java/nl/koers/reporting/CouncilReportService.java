package nl.koers.reporting;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.budget.api.Budgets;
import nl.koers.budget.api.SourceYear;
import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ContractTrajectories;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.contract.api.TrajectoryCounts;
import nl.koers.identity.api.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council report: for two periods the stock per route, the flows, the outcomes
 * reached, the targets against their realisation, the money per budget source and the
 * places used under the contracts, all of the caller's municipality. The figures are
 * those of the flows, outcomes, targets and budget reports and the contract monitoring
 * for the same periods; counts below the threshold are left out (the outcomes without a
 * total, as a client may reach more than one). The report holds money, so it is for those
 * who may read both the reports and the budgets (managers and contract managers); anyone
 * else gets 403.
 */
@Service
class CouncilReportService {

	private final ReportingPolicy policy;

	private final RouteFlowService flows;

	private final RouteReportService report;

	private final Budgets budgets;

	private final Contracts contracts;

	private final ContractTrajectories trajectories;

	private final OutcomeService outcomes;

	private final TargetService targets;

	private final int threshold;

	CouncilReportService(ReportingPolicy policy, RouteFlowService flows, RouteReportService report, Budgets budgets,
			Contracts contracts, ContractTrajectories trajectories, OutcomeService outcomes, TargetService targets,
			@Value("${koers.reporting.suppression-threshold:5}") int threshold) {
		this.policy = policy;
		this.flows = flows;
		this.report = report;
		this.budgets = budgets;
		this.contracts = contracts;
		this.trajectories = trajectories;
		this.outcomes = outcomes;
		this.targets = targets;
		this.threshold = threshold;
	}

	/**
	 * The report on {@code period} next to {@code compare}.
	 */
	@Transactional(readOnly = true)
	public CouncilReport report(CurrentUser user, CouncilPeriod period, CouncilPeriod compare) {
		this.policy.requireRead(user);
		Map<Integer, List<SourceYear>> money = new HashMap<>();
		for (CouncilPeriod each : List.of(period, compare)) {
			money.computeIfAbsent(each.until().getYear(), year -> this.budgets.year(user, year));
		}
		List<CouncilReport.Contract> contracts = this.contracts.contracts(user)
			.stream()
			.map(CouncilReportService::contract)
			.toList();
		return new CouncilReport(this.report.municipalityName(user),
				List.of(column(user, period, money, contracts), column(user, compare, money, contracts)), contracts,
				this.threshold);
	}

	private CouncilReport.Column column(CurrentUser user, CouncilPeriod period, Map<Integer, List<SourceYear>> money,
			List<CouncilReport.Contract> contracts) {
		RouteFlows found = this.flows.flows(user, period.from(), period.until());
		Map<UUID, TrajectoryCounts> counts = this.trajectories.counts(user.municipalityId(), null, period.until());
		Map<UUID, Long> used = new LinkedHashMap<>();
		for (CouncilReport.Contract contract : contracts) {
			TrajectoryCounts count = counts.get(contract.id());
			used.put(contract.id(), count == null ? 0L : count.used());
		}
		Set<UUID> hidden = SmallNumbers.hidden(used, List.of(), this.threshold);
		hidden.forEach(id -> used.put(id, null));
		Map<Outcome, Long> reached = new EnumMap<>(this.outcomes.reached(user, period.from(), period.until()));
		SmallNumbers.hidden(reached, List.of(), this.threshold).forEach(outcome -> reached.put(outcome, null));
		return new CouncilReport.Column(period, found, money.get(period.until().getYear()), used, !hidden.isEmpty(),
				reached, this.targets.on(user, period.until()));
	}

	private static CouncilReport.Contract contract(ContractView contract) {
		String name = contract.providerName() + " – " + contract.name()
				+ (contract.lot() == null || contract.lot().isBlank() ? "" : " (" + contract.lot() + ")");
		return new CouncilReport.Contract(contract.id(), name, contract.places());
	}

}
