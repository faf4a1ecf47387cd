package nl.koers.dataimport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class ImportDryRunTests {

	static final String HEADER = String.join(";", ImportFile.COLUMNS) + "\n";

	static final String GOOD = "123456782;Jan;;Jansen;1980-04-12;Markt;1;4101AB;Culemborg;"
			+ "PARTICIPATIEWET:2019-03-01;KP4;2019-06-01;CHILD::Sanne:Jansen:2012-05-01\n";

	static final String BAD_BSN = "123456789;Piet;;Smit;1975-01-01;;;;;PARTICIPATIEWET:2020-01-01;;;\n";

	static final String REPEATED = "123456782;Jan;;Jansen;1980-04-12;;;;;PARTICIPATIEWET:2019-03-01;;;\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportFileRetention fileRetention;

	Fixtures.Municipality municipality;

	CurrentUser administrator;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
	}

	@Test
	void theAdministratorChecksAFileAndReadsEveryProblemWithoutTheBsnsMiddleDigits() throws Exception {
		String location = upload(this.administrator, HEADER + GOOD + BAD_BSN + REPEATED)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);

		String page = this.mvc.perform(get(location).with(user(this.administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("Proef klaar: er is niets geschreven.", "12*****89",
					"Geen geldig BSN (9 cijfers die de elfproef doorstaan).", "Dit BSN staat al op regel 2.")
			.doesNotContain("123456789", "123456782");
		assertThat(clients()).isZero();
		String csv = this.mvc.perform(get(location + "/problems.csv").with(user(this.administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("3;bsn;12*****89;").contains("4;bsn;12*****82;Dit BSN staat al op regel 2.");
	}

	@Test
	void aSystemSendsJsonLinesAndFollowsTheLocationToTheReport() throws Exception {
		String lines = """
				{"bsn":"123456782","givenName":"Jan","familyName":"Jansen","dateOfBirth":"1980-04-12","benefits":[{"kind":"PARTICIPATIEWET","start":"2019-03-01"}]}
				{"bsn":"111222333","givenName":"Els","familyName":"de Vries","dateOfBirth":"1982-02-30","benefits":[]}
				""";
		String location = this.mvc
			.perform(post("/api/v1/imports?dryRun=true").contentType("application/x-ndjson")
				.content(lines)
				.with(user(this.administrator)))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);

		String body = this.mvc.perform(get(location).with(user(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.refused").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(body, "$.errors[*].field"))
			.containsExactlyInAnyOrder("dateOfBirth", "benefits");
		assertThat(JsonPath.<java.util.List<Integer>>read(body, "$.errors[*].line")).containsOnly(2);
		assertThat(clients()).isZero();
	}

	@Test
	void aFileThatCannotBeReadAsAWholeIsRefusedWithItsReason() throws Exception {
		byte[] latin1 = (HEADER + "123456782;Jos\u00e9;;Jansen;1980-04-12;;;;;;;;\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(post("/api/v1/imports?dryRun=true").contentType("text/csv")
				.content(latin1)
				.with(user(this.administrator)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").exists());
		upload(this.administrator, String.join(",", ImportFile.COLUMNS) + "\n").andExpect(status().is4xxClientError())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("De kolommen zijn gescheiden door &#39;,&#39; (regel 1); gebruik een puntkomma."));
		assertThat(this.jdbc.sql("select count(*) from import_run where municipality_id = ?")
			.params(this.municipality.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void tooManyRefusedRowsStopTheCheckWithAClearReason() throws Exception {
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 1001; i++) {
			file.append(BAD_BSN);
		}
		String location = upload(this.administrator, file.toString()).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);

		this.mvc.perform(get("/api/v1/imports/" + id).with(user(this.administrator)))
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.failure").value(
					"Te veel rijen afgekeurd; de controle is gestopt. Verbeter het bestand en lees het opnieuw in."));
	}

	@Test
	void aQuoteLeftOpenAfterTheHeaderFailsTheRunWithAClearReasonAndImportsNothing() throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/imports").contentType("text/csv")
				.content(HEADER + GOOD + "111222333;\"Els;;de Vries;1982-02-02;;;;;PARTICIPATIEWET:2019-01-01;;;\n")
				.with(user(this.administrator)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);

		this.mvc.perform(get(location).with(user(this.administrator)))
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(
					jsonPath("$.failure").value("Het bestand is geen geldige CSV (een aanhalingsteken niet gesloten?); "
							+ "er is niets geïmporteerd. Verbeter het bestand en lees het opnieuw in."));
		assertThat(clients()).isZero();
	}

	@Test
	void onlyTheMunicipalitysAdministratorImportsOrSeesAnImport() throws Exception {
		String location = upload(this.administrator, HEADER + GOOD).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);

		for (Role role : new Role[] { Role.CONSULTANT, Role.COORDINATOR, Role.MANAGER, Role.AUDITOR }) {
			CurrentUser other = this.municipality.user(role);
			upload(other, HEADER + GOOD).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/imports").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/imports/" + id).with(user(other))).andExpect(status().isForbidden());
		}
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.ADMINISTRATOR);
		this.mvc.perform(get("/api/v1/imports/" + id).with(user(elsewhere))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/imports/" + id).with(user(elsewhere))).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/imports/" + id + "/problems.csv").with(user(elsewhere)))
			.andExpect(status().isNotFound());
	}

	@Test
	void everyUploadIsInTheAccessLogWithoutPersonalData() throws Exception {
		String location = upload(this.administrator, HEADER + GOOD).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		assertThat(this.jdbc
			.sql("select purpose from access_log_entry where municipality_id = ? and action = 'IMPORT' "
					+ "and client_id is null")
			.params(this.municipality.id())
			.query(String.class)
			.list()).singleElement().asString().startsWith("import " + id + " (proef)").doesNotContain("123456782");
	}

	@Test
	void aFinishedRunsFileIsClearedAfterItsPeriodAndThenCanNoLongerBeImported() throws Exception {
		UUID old = finishedDryRun();
		UUID recent = finishedDryRun();
		this.jdbc.sql("update import_run set finished_at = finished_at - interval '15 days' where id = ?")
			.param(old)
			.update();

		assertThat(this.fileRetention.clearExpired()).isPositive();

		assertThat(fileKept(old)).isFalse();
		assertThat(fileKept(recent)).isTrue();
		String page = this.mvc.perform(get("/admin/imports/" + old).with(user(this.administrator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Het bestand is op ", "Geen geldig BSN")
			.doesNotContain("/admin/imports/" + old + "/apply");
		this.mvc.perform(post("/admin/imports/" + old + "/apply").with(csrf()).with(user(this.administrator)))
			.andExpect(status().is4xxClientError())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Het bestand van deze import is al verwijderd; lever het opnieuw aan."));
		assertThat(clients()).isZero();
		this.mvc.perform(get("/admin/imports/" + recent).with(user(this.administrator)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("/admin/imports/" + recent + "/apply"));
	}

	private UUID finishedDryRun() throws Exception {
		String location = upload(this.administrator, HEADER + GOOD + BAD_BSN).andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);
		return id;
	}

	private boolean fileKept(UUID id) {
		return this.jdbc.sql("select content is not null from import_run where id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	private ResultActions upload(CurrentUser user, String content) throws Exception {
		return this.mvc.perform(multipart("/admin/imports")
			.file(new MockMultipartFile("file", "bestand.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
			.param("format", "CSV")
			.with(csrf())
			.with(user(user)));
	}

	private void awaitFinished(UUID id) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !"RUNNING".equals(this.jdbc.sql("select status from import_run where id = ?")
				.params(id)
				.query(String.class)
				.single()));
	}

	private int clients() {
		return this.jdbc.sql("select count(*) from client where municipality_id = ?")
			.params(this.municipality.id())
			.query(Integer.class)
			.single();
	}

}
