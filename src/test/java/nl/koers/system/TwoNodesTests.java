package nl.koers.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.koers.Fixtures;
import nl.koers.KoersApplication;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Koers nodes on one database, as behind a load balancer without sticky sessions (the
 * requests carry the proxy's {@code X-Forwarded-Proto}): a user signs in on one node and
 * continues on the other, and a scheduled job triggered on both at once has its effect
 * once.
 */
class TwoNodesTests {

	private static final TestClock CLOCK = new TestClock();

	private static EmbeddedPostgres database;

	private static ConfigurableApplicationContext one;

	private static ConfigurableApplicationContext two;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() throws IOException {
		database = EmbeddedPostgres.builder().start();
		try (Connection owner = database.getPostgresDatabase().getConnection();
				Statement statement = owner.createStatement()) {
			statement.execute("create role koers_app login");
		}
		catch (SQLException ex) {
			throw new IOException(ex);
		}
		one = node();
		two = node();
	}

	@AfterAll
	static void stopThem() throws IOException {
		two.close();
		one.close();
		database.close();
	}

	private static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(KoersApplication.class, Fixtures.class, NodeTestBeans.class).run(
				"--spring.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
				"--spring.datasource.username=koers_app", "--spring.datasource.password=",
				"--spring.flyway.user=postgres", "--spring.flyway.password=", "--server.port=0",
				"--server.forward-headers-strategy=native", "--koers.startup-check.accept-risks=");
	}

	@Test
	void aUserSignedInOnOneNodeContinuesOnTheOther() throws Exception {
		CurrentUser consultant = one.getBean(Fixtures.class).municipality().user(Role.CONSULTANT);
		HttpResponse<String> loginPage = send(one, "/login", null, null);
		String session = sessionCookie(loginPage);

		HttpResponse<String> signedIn = send(one, "/login", session,
				Map.of("username", consultant.getUsername(), "password", Fixtures.PASSWORD, "_csrf", csrf(loginPage)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/"));
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
		session = sessionCookie(signedIn);

		HttpResponse<String> caseload = send(two, "/clients", session, null);
		assertThat(caseload.statusCode()).isEqualTo(200);
		assertThat(caseload.body()).contains(consultant.displayName());

		HttpResponse<String> loggedOut = send(two, "/logout", session, Map.of("_csrf", csrf(caseload)));
		assertThat(loggedOut.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/login?logout"));
		HttpResponse<String> afterwards = send(one, "/clients", session, null);
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
	}

	/**
	 * A module event whose listener failed is handed to it again by the retry job; with
	 * the job triggered on both nodes at once, the event is retried once.
	 */
	@Test
	void aJobTriggeredOnBothNodesAtOnceHasItsEffectOnce() throws Exception {
		Pinged event = new Pinged(UUID.randomUUID());
		new TransactionTemplate(one.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(status -> one.publishEvent(event));
		assertThat(Pings.calls(event)).as("the first attempt, which failed").isEqualTo(1);
		CLOCK.advance(EventRetries.RETRY_AFTER.multipliedBy(2));

		onBothAtOnce(node -> node.getBean(EventRetries.class).retryFailed(), Pings.RELEASE);

		assertThat(Pings.calls(event)).as("the failed attempt and one retry").isEqualTo(2);
	}

	/**
	 * The job lock itself (every scheduled job takes one, see JobLocksTests): while one
	 * node runs a job, the same job on the other node skips its run.
	 */
	@Test
	void whileOneNodeRunsALockedJobTheOtherSkipsIt() throws Exception {
		onBothAtOnce(node -> node.getBean(LockedJob.class).run(), LockedJob.RELEASE);

		assertThat(LockedJob.RUNS).hasValue(1);
	}

	/**
	 * Starts the job on both nodes at once; a run that got in waits for {@code release},
	 * which is given when the first run has returned (or after a minute, when both got
	 * in).
	 */
	private static void onBothAtOnce(Job job, CountDownLatch release) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CompletionService<Void> runs = new ExecutorCompletionService<>(threads);
		CountDownLatch start = new CountDownLatch(1);
		for (ConfigurableApplicationContext node : List.of(one, two)) {
			runs.submit(() -> {
				start.await();
				job.runOn(node);
				return null;
			});
		}
		start.countDown();
		Future<Void> first = runs.poll(60, TimeUnit.SECONDS);
		release.countDown();
		Future<Void> second = runs.poll(60, TimeUnit.SECONDS);
		threads.shutdown();
		assertThat(first).as("a run that returned while the other waited").isNotNull();
		assertThat(second).isNotNull();
		first.get();
		second.get();
	}

	interface Job {

		void runOn(ConfigurableApplicationContext node) throws Exception;

	}

	private HttpResponse<String> send(ConfigurableApplicationContext node, String path, String session,
			Map<String, String> form) throws IOException, InterruptedException {
		String port = node.getEnvironment().getProperty("local.server.port");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-Proto", "https");
		if (session != null) {
			request.header("Cookie", session);
		}
		if (form != null) {
			String body = form.entrySet()
				.stream()
				.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	private static String csrf(HttpResponse<String> page) {
		return Jsoup.parse(page.body())
			.select("meta[name=_csrf], input[name=_csrf]")
			.stream()
			.map(element -> element.hasAttr("content") ? element.attr("content") : element.attr("value"))
			.findFirst()
			.orElseThrow();
	}

	record Pinged(UUID id) {
	}

	/**
	 * Fails the first time it hears of an event; a retry waits until released.
	 */
	static class Pings {

		static final CountDownLatch RELEASE = new CountDownLatch(1);

		private static final Map<UUID, AtomicInteger> CALLS = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(Pinged event) throws InterruptedException {
			if (CALLS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
				throw new IllegalStateException("the first attempt fails");
			}
			RELEASE.await(60, TimeUnit.SECONDS);
		}

		static int calls(Pinged event) {
			return CALLS.getOrDefault(event.id(), new AtomicInteger()).get();
		}

	}

	/**
	 * A job under a lock of its own that waits until released.
	 */
	static class LockedJob {

		static final CountDownLatch RELEASE = new CountDownLatch(1);

		static final AtomicInteger RUNS = new AtomicInteger();

		@SchedulerLock(name = "test.locked-job", lockAtMostFor = "PT1M")
		void run() throws InterruptedException {
			RUNS.incrementAndGet();
			RELEASE.await(60, TimeUnit.SECONDS);
		}

	}

	/**
	 * The same listener, job and clock on both nodes, as two machines share the time.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class NodeTestBeans {

		@Bean
		Pings pings() {
			return new Pings();
		}

		@Bean
		LockedJob lockedJob() {
			return new LockedJob();
		}

		@Bean
		@Primary
		Clock testClock() {
			return CLOCK;
		}

	}

	/**
	 * The system clock, moved forward by the test.
	 */
	static final class TestClock extends Clock {

		private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

		void advance(Duration duration) {
			this.ahead.updateAndGet(current -> current.plus(duration));
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/Amsterdam");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.offset(Clock.system(zone), this.ahead.get());
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.ahead.get());
		}

	}

}
