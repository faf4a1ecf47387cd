package nl.koers.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.system.RefusedException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route changes by parallel writers in one municipality, for different clients and for
 * the same ones, back-dated across a year boundary, leave the report equal to a recount
 * of the route periods on every date, before and after the pending deltas are folded.
 */
@KoersTest
class RouteCountConcurrencyTests {

	private static final int THREADS = 8;

	private static final int OWN_CLIENTS = 2;

	private static final int SHARED_CLIENTS = 2;

	private static final int CHANGES = 12;

	private static final LocalDate START = LocalDate.of(2023, 9, 4);

	private static final int WEEKS = 30;

	private static final Route[] ROUTES = { Route.INVESTIGATION, Route.TOWARDS_KP3, Route.CARE_SUPPORT };

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	RouteReportService report;

	@Autowired
	RouteCountDeltas deltas;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelRouteChangesLeaveTheReportEqualToARecount() throws Exception {
		Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		List<UUID> shared = clients(municipality, consultant, SHARED_CLIENTS);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<Integer>> accepted = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			List<UUID> mine = new ArrayList<>(clients(municipality, consultant, OWN_CLIENTS));
			mine.addAll(shared);
			Random random = new Random(t);
			accepted.add(pool.submit(() -> {
				start.await();
				int n = 0;
				for (int k = 0; k < CHANGES; k++) {
					for (UUID client : mine) {
						LocalDate day = START.plusWeeks(1 + random.nextInt(WEEKS));
						try {
							this.routes.changeRoute(consultant, client, new RouteChange(
									ROUTES[random.nextInt(ROUTES.length)], day, "Parallel", null, null));
							n++;
						}
						catch (RefusedException refused) {
							// the same route or day as the history has: expected now and
							// then
						}
					}
				}
				return n;
			}));
		}
		start.countDown();
		int changes = 0;
		for (Future<Integer> future : accepted) {
			changes += future.get();
		}
		pool.shutdown();
		assertThat(changes).as("accepted route changes").isGreaterThan(THREADS * CHANGES);

		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate day = START.minusDays(1); day.isBefore(START.plusWeeks(WEEKS + 2)); day = day.plusDays(3)) {
			dates.add(day);
		}
		dates.addAll(List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)));
		for (LocalDate date : dates) {
			assertThat(this.report.counts(municipality.id(), date).counts()).as("before folding, %s", date)
				.isEqualTo(recount(municipality.id(), date));
		}
		this.deltas.foldPending();
		assertThat(this.jdbc.sql("select count(*) from route_count_pending where municipality_id = ?")
			.param(municipality.id())
			.query(Long.class)
			.single()).isZero();
		for (LocalDate date : dates) {
			assertThat(this.report.counts(municipality.id(), date).counts()).as("after folding, %s", date)
				.isEqualTo(recount(municipality.id(), date));
		}
	}

	private List<UUID> clients(Municipality municipality, CurrentUser consultant, int n) {
		List<UUID> clients = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			UUID client = municipality.client(consultant).id();
			this.routes.decideProfile(consultant, client,
					new ProfileDecision(ClientProfile.KP4, START, "Intake", null));
			clients.add(client);
		}
		return clients;
	}

	private Map<Route, Long> recount(UUID municipality, LocalDate date) {
		return RouteRecount.of(this.jdbc, municipality, date);
	}

}
