/**
 * The door of the budget module: {@link nl.koers.budget.api.Budgets} (money against
 * budgets) and {@link nl.koers.budget.api.SourceBudgets} (budgets per source and year),
 * with their commands and views.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.budget.api;
