package nl.koers.route;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.EventKind;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.system.RefusedException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes of one client's route history take turns: each is checked against the history
 * including the one before it.
 */
@KoersTest
class RouteConcurrencyTests {

	private static final int THREADS = 8;

	private static final LocalDate START = LocalDate.of(2024, 1, 8);

	private static final LocalDate CHANGE = LocalDate.of(2024, 3, 4);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	RouteService service;

	@Test
	void parallelChangesOfOneClientOnOneDayLeaveOneAndRefuseTheOthers() throws Exception {
		Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		UUID client = municipality.client(consultant).id();
		this.routes.decideProfile(consultant, client, new ProfileDecision(ClientProfile.KP4, START, "Intake", null));

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			Route route = i % 2 == 0 ? Route.TOWARDS_KP3 : Route.CARE_SUPPORT;
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					this.routes.changeRoute(consultant, client, new RouteChange(route, CHANGE, "Parallel", null, null));
					return "accepted";
				}
				catch (RefusedException refused) {
					return refused.messageKey();
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).filteredOn("accepted"::equals).hasSize(1);
		assertThat(results).filteredOn(result -> !"accepted".equals(result))
			.hasSize(THREADS - 1)
			.containsOnly("route.sameDate");
		ClientHistory history = this.service.history(consultant, client, null);
		assertThat(history.entries()).filteredOn(entry -> entry.kind() == EventKind.ROUTE_CHANGE).hasSize(1);
		assertThat(history.routePeriods()).hasSize(2);
	}

}
