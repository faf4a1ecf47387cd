package nl.koers.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.budget.PaymentForm;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;
import nl.koers.socialmap.api.SocialMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contract pages of contract management: the list, a new or changed contract, one
 * contract with its trajectories' course, and the nominations awaiting approval. Managers
 * read along.
 */
@Controller
@PreAuthorize("hasAnyRole('CONTRACT_MANAGER', 'MANAGER')")
class ContractController {

	private static final int PROVIDERS = 500;

	private final Contracts contracts;

	private final Nominations nominations;

	private final SocialMap map;

	private final ContractMonitoring monitoring;

	private final Refusals refusals;

	private final Clock clock;

	ContractController(Contracts contracts, Nominations nominations, SocialMap map, ContractMonitoring monitoring,
			Refusals refusals, Clock clock) {
		this.monitoring = monitoring;
		this.contracts = contracts;
		this.nominations = nominations;
		this.map = map;
		this.refusals = refusals;
		this.clock = clock;
	}

	@GetMapping("/contracts")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("contracts", this.contracts.contracts(user));
		model.addAttribute("mayKeep", Contracts.mayKeep(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "trajectory/contracts";
	}

	@GetMapping("/contracts/new")
	@PreAuthorize("hasRole('CONTRACT_MANAGER')")
	String newContract(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new ContractForm(null, null, null, null, null, null, ScheduleKind.YEARS, List.of(), null, null, 18,
							0, ContractForm.DEFAULT_WARNING_DAYS, List.of(), null, null, null, null, false, null));
		}
		return form(user, model, null);
	}

	@PostMapping("/contracts")
	@PreAuthorize("hasRole('CONTRACT_MANAGER')")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ContractForm form,
			BindingResult errors, RedirectAttributes redirect) {
		String page = this.refusals.attempt(errors, redirect, "contract.saved", () -> this.contracts.create(user, form),
				"redirect:/contracts", "redirect:/contracts/new");
		keepForm(redirect, form);
		return page;
	}

	@GetMapping("/contracts/{id}")
	String contract(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("contract", this.contracts.contract(user, id));
		model.addAttribute("mayKeep", Contracts.mayKeep(user));
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("payments", this.contracts.payments(user, id));
		model.addAttribute("today", today);
		model.addAttribute("figures", this.monitoring.contract(user, id, today).figures());
		model.addAttribute("columns", MonitoringColumn.ALL);
		model.addAttribute("overdue", this.monitoring.overdue(user, id, today));
		return "trajectory/contract";
	}

	@PostMapping("/contracts/{id}/payments")
	@PreAuthorize("hasRole('CONTRACT_MANAGER')")
	String pay(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute PaymentForm form, BindingResult errors, RedirectAttributes redirect) {
		String page = "redirect:/contracts/" + id;
		return this.refusals.attempt(errors, redirect, "contract.paid",
				() -> this.contracts.recordPayment(user, id, form), page, page);
	}

	@GetMapping("/contracts/{id}/edit")
	@PreAuthorize("hasRole('CONTRACT_MANAGER')")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", this.contracts.contract(user, id).form());
		}
		return form(user, model, id);
	}

	@PostMapping("/contracts/{id}")
	@PreAuthorize("hasRole('CONTRACT_MANAGER')")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ContractForm form, BindingResult errors, RedirectAttributes redirect) {
		String page = this.refusals.attempt(errors, redirect, "contract.saved",
				() -> this.contracts.update(user, id, form), "redirect:/contracts/" + id,
				"redirect:/contracts/" + id + "/edit");
		keepForm(redirect, form);
		return page;
	}

	@GetMapping("/contracts/approvals")
	@PreAuthorize("hasRole('CONTRACT_MANAGER')")
	String approvals(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("trajectories", this.nominations.awaitingApproval(user));
		return "trajectory/approvals";
	}

	private String form(CurrentUser user, Model model, UUID id) {
		model.addAttribute("contractId", id);
		model.addAttribute("providers", this.map.organisations(user, null, false, null, PROVIDERS).items());
		model.addAttribute("sources", this.contracts.budgetSources(user));
		model.addAttribute("routes", Route.values());
		model.addAttribute("kinds", ScheduleKind.values());
		return "trajectory/contract-form";
	}

	private static void keepForm(RedirectAttributes redirect, ContractForm form) {
		if (redirect.getFlashAttributes().containsKey("problems")) {
			redirect.addFlashAttribute("form", form);
		}
	}

}
