package nl.koers.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the work report in one large municipality, on data made with plain SQL: clients
 * with a case lead (one consultant per 150 clients, as the benchmark generator makes
 * them), one KP4 route period each, two held appointments and a contact per client over
 * the last two years, and open reviews and outreach for a tenth of them. Not part of the
 * test suite; run it with
 *
 * <pre>
 * ./mvnw test -Dtest=WorkReportBenchmark -Dkoers.benchmark.clients=262000
 * </pre>
 *
 * (262,000 is the largest municipality of the million-client benchmark.) The results go
 * to {@code target/benchmark/work-report.md}.
 */
@KoersTest
class WorkReportBenchmark {

	private static final int CLIENTS = Integer.getInteger("koers.benchmark.clients", 262_000);

	private static final int SAMPLES = Integer.getInteger("koers.benchmark.samples", 20);

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkReportService work;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	nl.koers.route.api.Routes routes;

	@Autowired
	nl.koers.client.api.CaseLeads caseLeads;

	@Autowired
	nl.koers.conversation.api.ConversationFigures conversations;

	@Autowired
	nl.koers.task.api.TaskFigures tasks;

	private String time(String what, Runnable call) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long begin = System.nanoTime();
			call.run();
			best = Math.min(best, System.nanoTime() - begin);
		}
		return String.format(Locale.ROOT, "| %s (best of 3) | %.1f ms |%n", what, best / 1e6);
	}

	@Test
	void workReportInTheLargestMunicipality() throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		UUID municipality = this.fixtures.municipality().id();
		Instant start = Instant.now();
		generate(municipality, today);
		Duration generation = Duration.between(start, Instant.now());

		for (int i = 0; i < 3; i++) {
			this.work.report(municipality, today, 5);
		}
		List<Double> millis = new ArrayList<>();
		WorkReport report = null;
		for (int i = 0; i < SAMPLES; i++) {
			long begin = System.nanoTime();
			report = this.work.report(municipality, today, 5);
			millis.add((System.nanoTime() - begin) / 1e6);
		}
		millis.sort(Double::compare);
		assertThat(report.team().caseloadTotal()).isEqualTo(CLIENTS);
		String result = String.format(Locale.ROOT, """
				# Work report benchmark

				| | value |
				|---|---|
				| clients in the municipality | %,d |
				| consultants | %,d |
				| generation | %d s |
				| samples | %d after 3 warm-up runs |
				| report p50 | %.1f ms |
				| report p95 | %.1f ms |
				| report max | %.1f ms |
				""", CLIENTS, report.consultants().size(), generation.toSeconds(), SAMPLES,
				millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
				millis.get(millis.size() - 1));
		result += time("routes on the date", () -> this.routes.routesOn(municipality, today));
		result += time("case leads", () -> this.caseLeads.caseLeadsOf(municipality));
		result += time("last conversation per client", () -> this.conversations.lastHeld(municipality, today));
		result += time("conversations per month",
				() -> this.conversations.heldPerMonth(municipality, today.minusMonths(6), today));
		result += time("open tasks per assignee", () -> this.tasks.openPerAssignee(municipality, today, 14));
		Path out = Path.of("target/benchmark/work-report.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, result);
		System.out.println(result);
	}

	private void generate(UUID municipality, LocalDate today) {
		int consultants = Math.max(1, CLIENTS / 150);
		this.jdbc.sql("""
				insert into app_user (id, municipality_id, username, display_name, password_hash, enabled, version)
				select gen_random_uuid(), ?, 'work-bench-' || substr(?::text, 1, 8) || '-' || n,
				       'Consulent ' || n, null, true, 0
				from generate_series(1, ?) n""").params(municipality, municipality, consultants).update();
		this.jdbc.sql("""
				insert into app_user_role (user_id, role)
				select id, 'CONSULTANT' from app_user where municipality_id = ?""").param(municipality).update();
		this.jdbc.sql("""
				create temporary table bench_lead as
				select row_number() over (order by id) - 1 as lead, id from app_user where municipality_id = ?""")
			.param(municipality)
			.update();
		this.jdbc.sql("""
				insert into client (id, municipality_id, bsn, given_name, family_name, date_of_birth,
				                    benefit_start_date, case_lead_id, version, created_at, updated_at)
				select gen_random_uuid(), ?, lpad(g.n::text, 9, '0'), 'Piet', 'Klant ' || g.n, date '1970-01-01',
				       date '2015-01-01', l.id, 0, now(), now()
				from generate_series(1, ?) g(n) join bench_lead l on l.lead = g.n % ?""")
			.params(municipality, CLIENTS, consultants)
			.update();
		this.jdbc.sql("""
				insert into route_period (client_id, municipality_id, route, valid_from, valid_until)
				select id, municipality_id,
				       (array['INVESTIGATION', 'TOWARDS_KP3', 'CARE_SUPPORT', 'REST'])[1 + abs(hashtext(id::text)) % 4],
				       date '2018-01-01' + abs(hashtext(id::text)) % 2000, null
				from client where municipality_id = ?""").param(municipality).update();
		this.jdbc.sql("""
				insert into appointment (id, municipality_id, client_id, consultant_id, consultant_name, planned_at,
				                         channel, status, planned_by_name, recorded_at)
				select gen_random_uuid(), municipality_id, id, case_lead_id, 'Consulent', ?::timestamp
				       - (abs(hashtext(id::text || k)) % 730) * interval '1 day', 'PHONE', 'HELD', 'Consulent', now()
				from client, generate_series(1, 2) k where municipality_id = ?""")
			.params(today.atTime(9, 0), municipality)
			.update();
		this.jdbc.sql("""
				insert into contact (id, municipality_id, client_id, occurred_at, channel, summary, refused,
				                     author_id, author_name, recorded_at)
				select gen_random_uuid(), municipality_id, id, ?::timestamp
				       - (abs(hashtext(id::text || 'c')) % 730) * interval '1 day', 'PHONE', 'Gebeld', false,
				       case_lead_id, 'Consulent', now()
				from client where municipality_id = ?""").params(today.atTime(11, 0), municipality).update();
		this.jdbc.sql("""
				insert into task (id, municipality_id, client_id, type, due_date, assignee_id, status, created_at)
				select gen_random_uuid(), municipality_id, id,
				       (array['OUTREACH', 'REST_REVIEW', 'CARE_REVIEW'])[1 + abs(hashtext(id::text)) % 3],
				       ?::date + (abs(hashtext(id::text || 't')) % 60) - 30, case_lead_id, 'OPEN', now()
				from client where municipality_id = ? and abs(hashtext(id::text)) % 10 = 0""")
			.params(today, municipality)
			.update();
		for (String table : List.of("client", "route_period", "appointment", "contact", "task")) {
			this.jdbc.sql("vacuum analyze " + table).update();
		}
	}

}
