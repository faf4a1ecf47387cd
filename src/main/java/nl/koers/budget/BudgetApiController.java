package nl.koers.budget;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.BudgetView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.system.CursorPage;
import nl.koers.system.PageLimit;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Budgets", description = "Budgets per source and year with their KP4 reservation, and the budget report")
@PreAuthorize("@budgetPolicy.mayRead(principal)")
class BudgetApiController {

	private final SourceBudgetService budgets;

	private final BudgetReportService reports;

	BudgetApiController(SourceBudgetService budgets, BudgetReportService reports) {
		this.budgets = budgets;
		this.reports = reports;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/budgets")
	@PreAuthorize("@budgetPolicy.mayKeep(principal)")
	@Operation(summary = "Add a source's budget for a year, optionally reserving a percentage or an amount for KP4 "
			+ "(contract managers); one budget per source and year")
	ResponseEntity<BudgetView> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody BudgetEntry form) {
		BudgetView created = this.budgets.create(user, form);
		return ResponseEntity.created(URI.create("/api/v1/budgets/" + created.id())).body(created);
	}

	@GetMapping("/budgets")
	@Operation(summary = "The municipality's budgets by year and source; year filters")
	CursorPage<BudgetView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String next) {
		return this.budgets.budgets(user, year, next, PageLimit.of(limit));
	}

	@GetMapping("/budgets/{id}")
	@Operation(summary = "One budget with what it makes available for KP4")
	BudgetView budget(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return this.budgets.budget(user, id);
	}

	@PutMapping("/budgets/{id}")
	@PreAuthorize("@budgetPolicy.mayKeep(principal)")
	@Operation(summary = "Change a budget's amount, reservation or note (contract managers); source and year stay, "
			+ "send the version you read, a stale version gets 409")
	BudgetView update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @RequestBody BudgetEntry form) {
		return this.budgets.update(user, id, form);
	}

	@GetMapping("/reports/budget")
	@Operation(summary = "Per source for a year: the budget available for KP4, committed, spent and remaining, "
			+ "with a warning when little or nothing is left")
	BudgetReport report(@AuthenticationPrincipal CurrentUser user, @RequestParam int year) {
		return this.reports.report(user, year);
	}

}
