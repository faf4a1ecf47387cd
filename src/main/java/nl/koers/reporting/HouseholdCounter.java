package nl.koers.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.koers.client.api.Households;
import nl.koers.route.api.Route;
import nl.koers.route.api.Routes;

import org.springframework.stereotype.Component;

/**
 * Counts the households of the KP4 clients on a reference date: per route, the households
 * with a member on that route; in total, the households with a member on any route, so a
 * household counts once however many of its members are KP4. Households are as they are
 * now: their composition has no history yet.
 */
@Component
class HouseholdCounter {

	private final Routes routes;

	private final Households households;

	HouseholdCounter(Routes routes, Households households) {
		this.routes = routes;
		this.households = households;
	}

	RouteCounts counts(UUID municipalityId, LocalDate date) {
		Map<UUID, Route> onRoute = this.routes.routesOn(municipalityId, date);
		Map<UUID, UUID> householdOf = this.households.householdsOf(municipalityId, onRoute.keySet());
		Map<Route, Set<UUID>> perRoute = new EnumMap<>(Route.class);
		Set<UUID> all = new HashSet<>();
		onRoute.forEach((client, route) -> {
			UUID household = householdOf.getOrDefault(client, client);
			perRoute.computeIfAbsent(route, r -> new HashSet<>()).add(household);
			all.add(household);
		});
		Map<Route, Long> found = new EnumMap<>(Route.class);
		perRoute.forEach((route, set) -> found.put(route, (long) set.size()));
		return RouteCounts.of(date, found, all.size());
	}

}
