package nl.koers.system.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import io.micrometer.core.instrument.MeterRegistry;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /actuator/prometheus} for the scraper with the token only, and Koers' own
 * metrics, counted once committed, tagged without client ids or user names.
 */
@KoersTest
@TestPropertySource(properties = "koers.metrics.scrape-token=" + MetricsTests.TOKEN)
class MetricsTests {

	static final String TOKEN = "0123456789abcdef0123456789abcdef-metrics";

	private static final String PROMETHEUS = "/actuator/prometheus";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MeterRegistry registry;

	@Autowired
	Tasks tasks;

	Fixtures.Municipality municipality;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
	}

	@Test
	void anonymousCallersAndSignedInUsersGetNothing() throws Exception {
		this.mvc.perform(get(PROMETHEUS))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(content().string(""));
		for (CurrentUser user : new CurrentUser[] { this.consultant, this.municipality.user(Role.ADMINISTRATOR),
				this.municipality.user(Role.MANAGER) }) {
			this.mvc.perform(get(PROMETHEUS).with(user(user)))
				.andExpect(status().isUnauthorized())
				.andExpect(content().string(""));
			this.mvc.perform(get(PROMETHEUS + "/").with(user(user)))
				.andExpect(status().is4xxClientError())
				.andExpect(content().string(not(containsString("koers_"))));
		}
		this.mvc.perform(get(PROMETHEUS).with(httpBasic(this.consultant.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get(PROMETHEUS).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN + "x"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get(PROMETHEUS).header(HttpHeaders.AUTHORIZATION, "Basic " + TOKEN))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theScraperReadsKoersMetricsWithoutClientIdsOrUserNames() throws Exception {
		ClientView client = this.municipality.client(this.consultant);
		this.mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user(this.consultant)))
			.andExpect(status().isOk());

		String metrics = scrape();

		assertThat(metrics).contains("koers_sign_ins_total{", "koers_access_log_entries_total{",
				"koers_access_log_failures_total", "koers_tasks_opened_total{", "koers_tasks_overdue{",
				"koers_imports_total{", "koers_import_rows_total{", "jvm_memory_used_bytes{",
				"http_server_requests_seconds_count{");
		assertThat(metrics).contains("uri=\"/api/v1/clients/{id}\"", "application=\"koers\"")
			.doesNotContain(client.id().toString())
			.doesNotContain(client.bsn())
			.doesNotContain(this.consultant.getUsername());
	}

	@Test
	void signInsAreCountedByStepAndOutcome() throws Exception {
		double failed = count("koers.sign.ins", "step", "password", "outcome", "failure");
		double succeeded = count("koers.sign.ins", "step", "password", "outcome", "success");

		this.mvc.perform(formLogin("/login").user(this.consultant.getUsername()).password("wrong-password"));
		this.mvc.perform(formLogin("/login").user(this.consultant.getUsername()).password(Fixtures.PASSWORD));

		assertThat(count("koers.sign.ins", "step", "password", "outcome", "failure")).isEqualTo(failed + 1);
		assertThat(count("koers.sign.ins", "step", "password", "outcome", "success")).isEqualTo(succeeded + 1);
	}

	@Test
	void accessLogEntriesAreCountedByActionAndOutcome() throws Exception {
		ClientView client = this.municipality.client(this.consultant);
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.CONSULTANT);
		double read = count("koers.access.log.entries", "action", "read", "outcome", "success");
		double denied = count("koers.access.log.entries", "action", "read", "outcome", "denied");

		this.mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user(this.consultant)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user(elsewhere)))
			.andExpect(status().isNotFound());

		assertThat(count("koers.access.log.entries", "action", "read", "outcome", "success")).isEqualTo(read + 1);
		assertThat(count("koers.access.log.entries", "action", "read", "outcome", "denied")).isEqualTo(denied + 1);
	}

	@Test
	void aTaskIsCountedWhenOpenedNotWhenRescheduledAndIsOverdueAfterItsDueDate() {
		ClientView client = this.municipality.client(this.consultant);
		double created = count("koers.tasks.opened", "type", "care_review");
		double overdue = gauge("koers.tasks.overdue", "type", "care_review");

		this.tasks.schedule(this.municipality.id(), client.id(), TaskType.CARE_REVIEW, LocalDate.now().plusDays(3),
				this.consultant.id());
		assertThat(gauge("koers.tasks.overdue", "type", "care_review")).isEqualTo(overdue);
		this.tasks.schedule(this.municipality.id(), client.id(), TaskType.CARE_REVIEW, LocalDate.now().minusDays(3),
				this.consultant.id());

		assertThat(count("koers.tasks.opened", "type", "care_review")).isEqualTo(created + 1);
		assertThat(gauge("koers.tasks.overdue", "type", "care_review")).isEqualTo(overdue + 1);
	}

	@Test
	void anImportCountsItsRowsAndItsRun() throws Exception {
		CurrentUser administrator = this.municipality.user(Role.ADMINISTRATOR);
		double checked = count("koers.import.rows", "result", "checked");
		double refused = count("koers.import.rows", "result", "refused");
		double runs = count("koers.imports", "mode", "dry_run", "outcome", "done");
		String csv = String.join(";", "bsn", "givenName", "namePrefix", "familyName", "dateOfBirth", "address.street",
				"address.houseNumber", "address.postalCode", "address.city", "benefits", "profile",
				"profile.effectiveDate", "household") + "\n" + Fixtures.nextBsn()
				+ ";Jan;;Jansen;1980-04-12;;;;;PARTICIPATIEWET:2019-03-01;;;\n"
				+ "123456789;Piet;;Smit;1975-01-01;;;;;PARTICIPATIEWET:2020-01-01;;;\n";

		this.mvc
			.perform(multipart("/admin/imports")
				.file(new MockMultipartFile("file", "bestand.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("format", "CSV")
				.with(csrf())
				.with(user(administrator)))
			.andExpect(status().is3xxRedirection());

		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("koers.imports", "mode", "dry_run", "outcome", "done") == runs + 1);
		assertThat(count("koers.import.rows", "result", "checked")).isEqualTo(checked + 2);
		assertThat(count("koers.import.rows", "result", "refused")).isEqualTo(refused + 1);
	}

	private String scrape() throws Exception {
		return this.mvc.perform(get(PROMETHEUS).header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private double count(String name, String... tags) {
		return this.registry.get(name).tags(tags).counter().count();
	}

	private double gauge(String name, String... tags) {
		return this.registry.get(name).tags(tags).gauge().value();
	}

}
