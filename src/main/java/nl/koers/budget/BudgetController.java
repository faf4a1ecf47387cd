package nl.koers.budget;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.BudgetView;
import nl.koers.identity.api.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The budget page: the report of a year per source, the year's budgets and, for the
 * contract manager, the forms to add and change them.
 */
@Controller
@RequestMapping("/budgets")
@PreAuthorize("@budgetPolicy.mayRead(principal)")
class BudgetController {

	private final SourceBudgetService budgets;

	private final BudgetReportService reports;

	private final BudgetPolicy policy;

	private final FormFlow forms;

	BudgetController(SourceBudgetService budgets, BudgetReportService reports, BudgetPolicy policy, FormFlow forms) {
		this.budgets = budgets;
		this.reports = reports;
		this.policy = policy;
		this.forms = forms;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : this.budgets.thisYear();
		model.addAttribute("form", new BudgetEntry(null, shown, null, null, null, null, null));
		return page(user, shown, model);
	}

	@PostMapping
	@PreAuthorize("@budgetPolicy.mayKeep(principal)")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") BudgetEntry form,
			BindingResult errors, Model model) {
		int year = form.year() != null && !errors.hasFieldErrors("year") ? form.year() : this.budgets.thisYear();
		return this.forms.submit(errors, () -> this.budgets.create(user, form), "budget.saved", "/budgets?year=" + year,
				() -> page(user, year, model));
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("@budgetPolicy.mayKeep(principal)")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("form", entry(this.budgets.budget(user, id)));
		model.addAttribute("budgetId", id);
		return "budget/form";
	}

	@PostMapping("/{id}")
	@PreAuthorize("@budgetPolicy.mayKeep(principal)")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") BudgetEntry form, BindingResult errors, Model model) {
		model.addAttribute("budgetId", id);
		return this.forms.submit(errors, () -> this.budgets.update(user, id, form), "budget.saved",
				(BudgetView changed) -> "/budgets?year=" + changed.year(), () -> "budget/form");
	}

	private static BudgetEntry entry(BudgetView budget) {
		return new BudgetEntry(budget.source(), budget.year(), budget.amount(), budget.reservationPercentage(),
				budget.reservationAmount(), budget.note(), budget.version());
	}

	private String page(CurrentUser user, int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("report", this.reports.report(user, year));
		model.addAttribute("budgets", this.budgets.budgets(user, year));
		model.addAttribute("mayKeep", this.policy.mayKeep(user));
		return "budget/budgets";
	}

}
