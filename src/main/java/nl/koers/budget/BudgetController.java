package nl.koers.budget;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.ConflictException;
import nl.koers.system.InvalidFieldException;
import nl.koers.system.RefusedException;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The budget page: the report of a year per source, the year's budgets and, for the
 * contract manager, the forms to add and change them.
 */
@Controller
@RequestMapping("/budgets")
@PreAuthorize(BudgetApiController.READERS)
class BudgetController {

	private final SourceBudgets budgets;

	private final BudgetReports reports;

	BudgetController(SourceBudgets budgets, BudgetReports reports) {
		this.budgets = budgets;
		this.reports = reports;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		int shown = year != null ? year : this.budgets.thisYear();
		model.addAttribute("form", BudgetForm.empty(shown));
		return page(user, shown, model);
	}

	@PostMapping
	@PreAuthorize(BudgetApiController.KEEPER)
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") BudgetForm form,
			BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		int year = form.year() != null && !errors.hasFieldErrors("year") ? form.year() : this.budgets.thisYear();
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(user, year, model);
		}
		try {
			this.budgets.create(user, form);
		}
		catch (InvalidFieldException | ConflictException ex) {
			response.setStatus(reject(ex, errors).value());
			return page(user, year, model);
		}
		redirect.addFlashAttribute("flash", "budget.saved");
		return "redirect:/budgets?year=" + year;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(BudgetApiController.KEEPER)
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("form", BudgetForm.of(this.budgets.budget(user, id)));
		model.addAttribute("budgetId", id);
		return "budget/form";
	}

	@PostMapping("/{id}")
	@PreAuthorize(BudgetApiController.KEEPER)
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") BudgetForm form, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("budgetId", id);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "budget/form";
		}
		BudgetView changed;
		try {
			changed = this.budgets.update(user, id, form);
		}
		catch (InvalidFieldException | ConflictException ex) {
			response.setStatus(reject(ex, errors).value());
			return "budget/form";
		}
		redirect.addFlashAttribute("flash", "budget.saved");
		return "redirect:/budgets?year=" + changed.year();
	}

	private String page(CurrentUser user, int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("report", this.reports.report(user, year));
		model.addAttribute("budgets", this.budgets.budgets(user, year));
		model.addAttribute("mayKeep", this.budgets.mayKeep(user));
		return "budget/budgets";
	}

	/**
	 * Shows a refusal from the service with the form, on its field where it names one.
	 */
	private static HttpStatus reject(RuntimeException ex, BindingResult errors) {
		if (ex instanceof RefusedException refused) {
			refused.reasons().forEach(reason -> errors.rejectValue(reason.field(), reason.messageKey()));
			return HttpStatus.UNPROCESSABLE_CONTENT;
		}
		if (ex instanceof InvalidFieldException invalid) {
			errors.rejectValue(invalid.field(), invalid.messageKey());
			return HttpStatus.BAD_REQUEST;
		}
		errors.reject(((ConflictException) ex).messageKey());
		return HttpStatus.CONFLICT;
	}

}
