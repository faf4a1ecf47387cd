/**
 * Budgets per source and year with their KP4 reservation, the money committed against
 * them (by trajectories, spread over years by a contract's payment schedule), paid
 * invoices, and the budget report: per source budget, committed, spent and remaining.
 * Other modules commit and release money through {@link nl.koers.budget.Budgets}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "identity :: api", "system" })
package nl.koers.budget;
