package nl.koers.trajectory;

import java.time.LocalDate;
import java.util.List;

import nl.koers.budget.api.Shortfall;
import nl.koers.client.api.ClientRef;
import nl.koers.contract.api.ContractView;
import nl.koers.route.api.Route;

/**
 * What the eligibility rules look at: the contract, the client, the nomination date, the
 * client's KP4 route on that date ({@code null} when not KP4), whether the client already
 * has an open trajectory, and the budget years that would fall short.
 */
record NominationFacts(ContractView contract, ClientRef client, LocalDate date, Route route, boolean openTrajectory,
		List<Shortfall> shortfalls) {
}
