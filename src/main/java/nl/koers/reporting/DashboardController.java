package nl.koers.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.Contracts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview of figures that managers and contract managers start on: the clients per
 * route over the last twelve months, this year's flows, the targets against realisation
 * and the places used under the contracts, each linking to its report. Counts only, small
 * numbers left out.
 */
@Controller
@PreAuthorize("@reportingPolicy.mayRead(principal)")
class DashboardController {

	private final RouteReportService routes;

	private final RouteFlowService flows;

	private final TargetController targets;

	private final Contracts contracts;

	private final ReportingPolicy policy;

	private final Clock clock;

	DashboardController(RouteReportService routes, RouteFlowService flows, TargetController targets,
			Contracts contracts, ReportingPolicy policy, Clock clock) {
		this.routes = routes;
		this.flows = flows;
		this.targets = targets;
		this.contracts = contracts;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String dashboard(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = today.withDayOfMonth(1).minusMonths(11);
		RouteFlows flows = this.flows.flows(user, today.withDayOfYear(1), today);
		model.addAttribute("today", today);
		model.addAttribute("counts", this.routes.counts(user, today));
		model.addAttribute("chart", RouteChart.of(this.routes.monthly(user, first, today, Counted.CLIENTS)));
		model.addAttribute("chartFrom", first);
		model.addAttribute("flows", flows);
		model.addAttribute("matrix", FlowMatrix.of(flows));
		model.addAttribute("flowChart", FlowChart.of(flows));
		model.addAttribute("routeList", Route.values());
		model.addAttribute("lines", this.targets.lines(user, today, locale));
		model.addAttribute("places", this.policy.mayFollowContracts(user) ? places(user, flows.threshold()) : null);
		return "reporting/dashboard";
	}

	private Places places(CurrentUser user, int threshold) {
		LocalDate today = LocalDate.now(this.clock);
		return Places.of(this.contracts.contracts(user).stream().filter(contract -> contract.openOn(today)).toList(),
				threshold);
	}

	/**
	 * The contracts open for nominations today with their places and the places used;
	 * used places below the threshold are left out ({@code null}), and so is the total
	 * used when one is.
	 */
	record Places(List<Contract> contracts, int total, Integer used) {

		static Places of(List<ContractView> open, int threshold) {
			List<Contract> contracts = open.stream()
				.map(contract -> new Contract(contract.name(), contract.places(),
						contract.placesUsed() > 0 && contract.placesUsed() < threshold ? null : contract.placesUsed()))
				.toList();
			int used = open.stream().mapToInt(ContractView::placesUsed).sum();
			boolean hidden = contracts.stream().anyMatch(contract -> contract.used() == null)
					|| used > 0 && used < threshold;
			return new Places(contracts, contracts.stream().mapToInt(Contract::places).sum(), hidden ? null : used);
		}

	}

	record Contract(String name, int places, Integer used) {
	}

}
