/**
 * Budgets per source and year with their KP4 reservation, the money committed against
 * them (by trajectories, spread over years by a contract's payment schedule), paid
 * invoices, and the budget report: per source budget, committed, spent and remaining.
 * Other modules commit and release money through {@link nl.koers.budget.api.Budgets} and
 * add budgets through {@link nl.koers.budget.api.SourceBudgets}; who may do what is
 * {@link nl.koers.budget.BudgetPolicy}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "identity :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.budget;
