/**
 * Purchased activation trajectories: nominations under a contract checked by named
 * eligibility rules ({@code AgeRule}, {@code BenefitDurationRule}, {@code RouteRule},
 * {@code OpenTrajectoryRule}; {@code NominationWindowRule}, {@code PlacesRule},
 * {@code BudgetRule}, which a contract may let the contract manager approve), the
 * trajectory from nomination to end and aftercare with its dated steps, the provider's
 * side of it, the client file's section and the client's timeline. The contracts are the
 * contract module's ({@link nl.koers.contract.api.Contracts}); this module tells it how
 * many trajectories run under them by implementing
 * {@link nl.koers.contract.api.ContractTrajectories}. Money is committed and released
 * through {@link nl.koers.budget.api.Budgets}; who may do what is
 * {@link nl.koers.trajectory.TrajectoryPolicy}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accesslog :: api", "agreement :: api",
		"budget :: api", "client :: api", "consent :: api", "contract :: api", "identity :: api", "route :: api",
		"privacy :: api", "system", "system :: web", "task :: api" })
package nl.koers.trajectory;
