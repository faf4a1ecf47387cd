/**
 * Contracts with providers of the social map for purchased activation trajectories:
 * places, price, payment schedule (per year or per phase), nomination window, maximum and
 * aftercare duration, named phases and target group; their paid invoices; contract
 * monitoring per contract and per provider on a reference date, with CSV and XLSX export;
 * the contract manager's pages and the contracts and monitoring API.
 *
 * <p>
 * The contract tables ({@code contract}, {@code contract_phase},
 * {@code contract_payment}, {@code contract_route}) are created by
 * {@code db/migration/trajectory/V25__trajectory.sql}, from before the contracts had a
 * module of their own; a migration is never changed, so they stay there. The trajectories
 * under a contract are counted by the trajectory module through
 * {@link nl.koers.contract.api.ContractTrajectories}, which it implements, so that
 * contracts never depend on trajectories. Money is committed and paid through
 * {@link nl.koers.budget.api.Budgets}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "accesslog :: api", "budget :: api",
		"client :: api", "identity :: api", "route :: api", "socialmap :: api", "system", "system :: web" })
package nl.koers.contract;
