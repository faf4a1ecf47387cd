package nl.koers.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Route changes per second with four concurrent writers, all in one municipality and each
 * in a municipality of its own; every change takes effect on the same day for all
 * clients, as changes made "today" do. Not part of the test suite (no timing assertions);
 * run it with
 *
 * <pre>
 * ./mvnw test -Dtest=RouteWriteBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@KoersTest
class RouteWriteBenchmark {

	private static final int WRITERS = 4;

	private static final int CLIENTS = Integer.getInteger("koers.benchmark.writer-clients", 40);

	private static final int CHANGES = Integer.getInteger("koers.benchmark.writer-changes", 5);

	private static final LocalDate START = LocalDate.of(2024, 1, 1);

	private static final Route[] CYCLE = { Route.TOWARDS_KP3, Route.CARE_SUPPORT, Route.INVESTIGATION };

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Test
	void routeChangesPerSecond() throws Exception {
		run("warm-up", List.of(this.fixtures.municipality(), this.fixtures.municipality(), this.fixtures.municipality(),
				this.fixtures.municipality()));
		for (int round = 1; round <= 2; round++) {
			Municipality one = this.fixtures.municipality();
			System.out.println("ROUTE-WRITES round " + round + ", "
					+ run("4 writers, 1 municipality", List.of(one, one, one, one)));
			System.out.println("ROUTE-WRITES round " + round + ", "
					+ run("4 writers, 4 municipalities", List.of(this.fixtures.municipality(),
							this.fixtures.municipality(), this.fixtures.municipality(), this.fixtures.municipality())));
		}
	}

	private String run(String name, List<Municipality> places) throws Exception {
		List<Writer> writers = new ArrayList<>();
		for (Municipality place : places) {
			CurrentUser consultant = place.user(Role.CONSULTANT);
			List<UUID> clients = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				UUID client = place.client(consultant).id();
				this.routes.decideProfile(consultant, client,
						new ProfileDecision(ClientProfile.KP4, START, "Intake", null));
				clients.add(client);
			}
			writers.add(new Writer(consultant, clients));
		}
		ExecutorService pool = Executors.newFixedThreadPool(writers.size());
		long t0 = System.nanoTime();
		List<Future<Integer>> done = new ArrayList<>();
		for (Writer writer : writers) {
			done.add(pool.submit(() -> {
				int n = 0;
				for (int k = 0; k < CHANGES; k++) {
					for (UUID client : writer.clients()) {
						this.routes.changeRoute(writer.user(), client, new RouteChange(CYCLE[k % CYCLE.length],
								START.plusWeeks(k + 1), "Benchmark", null, null));
						n++;
					}
				}
				return n;
			}));
		}
		int total = 0;
		for (Future<Integer> future : done) {
			total += future.get();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		return "%s: %d changes in %.1f s = %.1f changes/s".formatted(name, total, seconds, total / seconds);
	}

	private record Writer(CurrentUser user, List<UUID> clients) {
	}

}
