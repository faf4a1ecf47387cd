package nl.koers.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.budget.api.NewPayment;
import nl.koers.contract.api.ContractTerms;
import nl.koers.contract.api.ContractView;
import nl.koers.contract.api.ScheduleKind;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;
import nl.koers.socialmap.api.SocialMap;
import nl.koers.system.web.FormFlow;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The contract pages of contract management: the list, a new or changed contract, and one
 * contract with its trajectories' course and money. Managers read along.
 */
@Controller
@PreAuthorize("@contractPolicy.mayFollow(principal)")
class ContractController {

	private static final int PROVIDERS = 500;

	private final ContractService contracts;

	private final ContractPolicy policy;

	private final SocialMap map;

	private final ContractMonitoringService monitoring;

	private final FormFlow forms;

	private final Clock clock;

	ContractController(ContractService contracts, ContractPolicy policy, SocialMap map,
			ContractMonitoringService monitoring, FormFlow forms, Clock clock) {
		this.contracts = contracts;
		this.policy = policy;
		this.map = map;
		this.monitoring = monitoring;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping("/contracts")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("contracts", this.contracts.contracts(user));
		model.addAttribute("mayKeep", this.policy.mayKeep(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "contract/contracts";
	}

	@GetMapping("/contracts/new")
	@PreAuthorize("@contractPolicy.mayKeep(principal)")
	String newContract(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new ContractTerms(null, null, null, null, null, null, ScheduleKind.YEARS, List.of(),
				null, null, 18, 0, ContractTerms.DEFAULT_WARNING_DAYS, List.of(), null, null, null, null, false, null));
		return form(user, model, null);
	}

	@PostMapping("/contracts")
	@PreAuthorize("@contractPolicy.mayKeep(principal)")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ContractTerms form,
			BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.contracts.create(user, form), "contract.saved", "/contracts",
				() -> form(user, model, null));
	}

	@GetMapping("/contracts/{id}")
	String contract(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		return page(user, id, model);
	}

	@PostMapping("/contracts/{id}/payments")
	@PreAuthorize("@contractPolicy.mayKeep(principal)")
	String pay(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute NewPayment payment, BindingResult errors, Model model) {
		return this.forms.submitListed(errors, () -> this.contracts.recordPayment(user, id, payment), "contract.paid",
				"/contracts/" + id, () -> page(user, id, model));
	}

	@GetMapping("/contracts/{id}/edit")
	@PreAuthorize("@contractPolicy.mayKeep(principal)")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("form", this.contracts.contract(user, id).form());
		return form(user, model, id);
	}

	@PostMapping("/contracts/{id}")
	@PreAuthorize("@contractPolicy.mayKeep(principal)")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ContractTerms form, BindingResult errors, Model model) {
		return this.forms.submit(errors, () -> this.contracts.update(user, id, form), "contract.saved",
				"/contracts/" + id, () -> form(user, model, id));
	}

	private String page(CurrentUser user, UUID id, Model model) {
		ContractView contract = this.contracts.contract(user, id);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("contract", contract);
		model.addAttribute("mayKeep", this.policy.mayKeep(user));
		model.addAttribute("payments", this.contracts.payments(user, id));
		model.addAttribute("today", today);
		model.addAttribute("figures", this.monitoring.contract(user, id, today).figures());
		model.addAttribute("columns", MonitoringColumn.ALL);
		model.addAttribute("overdue", this.monitoring.overdue(user, id, today));
		return "contract/contract";
	}

	private String form(CurrentUser user, Model model, UUID id) {
		model.addAttribute("contractId", id);
		model.addAttribute("providers", this.map.organisations(user, null, false, null, PROVIDERS).items());
		model.addAttribute("sources", this.contracts.budgetSources(user));
		model.addAttribute("routes", Route.values());
		model.addAttribute("kinds", ScheduleKind.values());
		return "contract/contract-form";
	}

}
