package nl.koers.budget.api;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * The municipality's budgets per source and year: the contract manager keeps them,
 * managers read them.
 */
public interface SourceBudgets {

	/**
	 * A source's budget for a year (contract managers); one per source and year.
	 */
	BudgetView create(CurrentUser user, @Valid BudgetEntry entry);

}
