/**
 * Purchased activation trajectories: contracts with providers of the social map (places,
 * price, payment schedule, nomination window, phases, target group), nominations checked
 * by named eligibility rules, the trajectory from nomination to end and aftercare, the
 * provider's side of it, and contract monitoring. Money is committed and released through
 * {@link nl.koers.budget.Budgets}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accesslog", "agreement", "budget", "client",
		"consent", "identity", "identity :: api", "route", "socialmap", "system", "task" })
package nl.koers.trajectory;
