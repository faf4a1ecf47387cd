package nl.koers.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import nl.koers.KoersTest;
import nl.koers.route.api.Route;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the route report for random reference dates against the straightforward query
 * over all route periods, on generated data, and checks that both give the same counts.
 * Not part of the test suite; run it with
 *
 * <pre>
 * ./mvnw test -Dtest=RouteReportBenchmark -Dkoers.benchmark.clients=1000000
 * </pre>
 *
 * Targets at a million clients: p95 at most 20 ms per report, and at most a twentieth of
 * the straightforward query's time. The results go to
 * {@code target/benchmark/route-report.md}.
 */
@KoersTest
class RouteReportBenchmark {

	private static final int CLIENTS = Integer.getInteger("koers.benchmark.clients", 1_000_000);

	private static final int MUNICIPALITIES = Integer.getInteger("koers.benchmark.municipalities", 25);

	private static final int SAMPLES = Integer.getInteger("koers.benchmark.samples", 200);

	private static final int WARM_UP = 20;

	@Autowired
	DataSource dataSource;

	@Autowired
	RouteReportService report;

	@Autowired
	RouteCountDeltas deltas;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportAgainstStraightforwardQuery() throws Exception {
		Instant start = Instant.now();
		RouteHistoryGenerator generator = new RouteHistoryGenerator(this.dataSource);
		List<UUID> municipalities = generator.generate(CLIENTS, MUNICIPALITIES);
		municipalities.forEach(this.deltas::rebuildYears);
		this.jdbc.sql("analyze route_count_year").update();
		Duration generation = Duration.between(start, Instant.now());
		long periods = this.jdbc.sql("select count(*) from route_period").query(Long.class).single();
		long deltaRows = this.jdbc.sql("select count(*) from route_count_delta").query(Long.class).single();
		long yearRows = this.jdbc.sql("select count(*) from route_count_year").query(Long.class).single();
		UUID largest = municipalities.get(0);
		long largestClients = this.jdbc.sql("select count(*) from client where municipality_id = ?")
			.param(largest)
			.query(Long.class)
			.single();

		for (int i = 0; i < WARM_UP; i++) {
			LocalDate date = generator.day(RouteHistoryGenerator.FIRST_DAY, RouteHistoryGenerator.LAST_DAY);
			this.report.counts(largest, date);
			straightforward(largest, date);
		}
		List<Long> fast = new ArrayList<>();
		List<Long> slow = new ArrayList<>();
		List<Long> roundTrip = new ArrayList<>();
		for (int i = 0; i < SAMPLES; i++) {
			LocalDate date = generator.day(RouteHistoryGenerator.FIRST_DAY, RouteHistoryGenerator.LAST_DAY);
			long t0 = System.nanoTime();
			RouteCounts counts = this.report.counts(largest, date);
			long t1 = System.nanoTime();
			Map<Route, Long> expected = straightforward(largest, date);
			long t2 = System.nanoTime();
			assertThat(counts.counts()).as(date.toString()).isEqualTo(expected);
			fast.add(t1 - t0);
			slow.add(t2 - t1);
			this.jdbc.sql("select 1").query(Integer.class).single();
			roundTrip.add(System.nanoTime() - t2);
		}

		String result = """
				| | value |
				|---|---|
				| clients | %,d in %d municipalities |
				| route periods | %,d |
				| rows in route_count_delta | %,d (plus %,d in route_count_year) |
				| largest municipality | %,d clients |
				| generation | %d s |
				| samples | %d random reference dates %s – %s, after %d warm-up runs |
				| report (snapshot + deltas) | p50 %.2f ms, p95 %.2f ms, max %.2f ms |
				| straightforward (route_period) | p50 %.2f ms, p95 %.2f ms, max %.2f ms |
				| ratio of p95 | 1/%.0f |
				| round trip (select 1) | p50 %.2f ms, p95 %.2f ms |
				""".formatted(CLIENTS, MUNICIPALITIES, periods, deltaRows, yearRows, largestClients,
				generation.toSeconds(), SAMPLES, RouteHistoryGenerator.FIRST_DAY, RouteHistoryGenerator.LAST_DAY,
				WARM_UP, ms(fast, 50), ms(fast, 95), ms(fast, 100), ms(slow, 50), ms(slow, 95), ms(slow, 100),
				ms(slow, 95) / ms(fast, 95), ms(roundTrip, 50), ms(roundTrip, 95));
		write(result);
		System.out.println(result);
		if (CLIENTS >= 1_000_000) {
			assertThat(ms(fast, 95)).as("p95 of the report in ms").isLessThanOrEqualTo(20.0);
			assertThat(ms(fast, 95) * 20).as("twenty times the report's p95").isLessThanOrEqualTo(ms(slow, 95));
		}
	}

	private Map<Route, Long> straightforward(UUID municipality, LocalDate date) {
		return RouteRecount.of(this.jdbc, municipality, date);
	}

	private static double ms(List<Long> nanos, int percentile) {
		List<Long> sorted = nanos.stream().sorted().toList();
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1_000_000.0;
	}

	private static void write(String result) throws IOException {
		Path file = Path.of("target/benchmark/route-report.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, result);
	}

}
