package nl.koers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import nl.koers.client.api.Clients;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.DatabaseErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The log never holds a client's BSN, name, address or what was written about them: the
 * demo data loads (every module's steps through their doors), then a consultant, an
 * administrator and an auditor work through the API and the pages, including the cases
 * that used to leak (a duplicate BSN refused by the database, a row refused by a check
 * constraint, input that does not parse or holds a NUL, a value PostgreSQL cannot read),
 * while the console is captured as production writes it (JSON); the captured text is
 * searched for every client's data in the database and for the free texts sent. The
 * tests' database server logs into the same console as Koers' own embedded server does
 * (without statement errors, tersely; see the tests' {@code application.properties}):
 * whether its lines after start-up still arrive depends on a race in the JDK's pipe from
 * {@code pg_ctl}, so {@code EmbeddedPostgresServerTests} checks that configuration
 * itself.
 */
@ExtendWith(OutputCaptureExtension.class)
@KoersTest
@TestPropertySource(properties = { "koers.demo.enabled=true", "logging.structured.format.console=ecs" })
class PersonalDataLogTests {

	private static final String REQUEST_ID = "log-scan-duplicate-bsn-0001";

	private static final List<String> FREE_TEXTS = List.of("Wil weer fietsen naar Zuilichem",
			"Afspraak over de schulden bij Vrouwkje", "Belde over haar dochter Ysolde",
			"Uitkomst intake met Tjitske erbij");

	/**
	 * Names sent that the database never keeps: an old name, input that was refused.
	 */
	private static final List<String> NOT_KEPT = List.of("Quaadvliet", "Wubbolt", "Ploegmakers");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clients clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Test
	void noClientsBsnNameAddressOrFreeTextIsEverLogged(CapturedOutput output) throws Exception {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		String id = register(consultant, Fixtures.details().name("Xandrijn", "Quaadvliet").caseLead(consultant.id()));
		String bsn = bsnOf(id);

		workOnTheFile(consultant, id, bsn);
		refusals(consultant, id, bsn);
		refusedByTheDatabase(id);
		importAndAudit(municipality, consultant, id);
		assertThat(registerWhileTheSameBsnIsBeingRegistered(municipality, consultant).getResponse().getStatus())
			.isEqualTo(409);

		String log = output.getOut() + output.getErr();
		assertThat(log).as("captured from the start of the application").contains("Started PersonalDataLogTests");
		assertThat(log.lines().filter(line -> line.contains("constraint client_bsn_unique")))
			.as("the duplicate BSN is logged by its constraint, in JSON, with its request id")
			.isNotEmpty()
			.allMatch(line -> line.startsWith("{") && line.contains(REQUEST_ID));
		List<String> personalData = personalData(municipality);
		assertThat(personalData).as("the demo's clients and this test's").hasSizeGreaterThan(200);
		List<String> found = personalData.stream().filter(value -> appears(value, log)).toList();
		assertThat(found).as("personal data in the log").isEmpty();
	}

	private void workOnTheFile(CurrentUser consultant, String id, String bsn) throws Exception {
		LocalDate today = LocalDate.now();
		call(consultant, get("/api/v1/clients/{id}", id)).andExpect(status().isOk());
		call(consultant, post("/api/v1/clients/search").content("{\"name\": \"Quaadvliet\"}"))
			.andExpect(status().isOk());
		call(consultant, post("/api/v1/clients/search").content("{\"bsn\": \"" + bsn + "\"}"))
			.andExpect(status().isOk());
		call(consultant,
				put("/api/v1/clients/{id}", id).content(Fixtures.details()
					.bsn(bsn)
					.name("Xandrijn", "Quaadvliet-Oosterwolde")
					.caseLead(consultant.id())
					.version(0)
					.json()))
			.andExpect(status().isOk());
		call(consultant,
				post("/api/v1/clients/{id}/profile-decisions", id)
					.content("{\"profile\": \"KP4\", \"effectiveDate\": \"%s\", \"reason\": \"%s\"}"
						.formatted(today.minusDays(10), FREE_TEXTS.get(3))))
			.andExpect(status().isCreated());
		call(consultant,
				post("/api/v1/clients/{id}/goals", id)
					.content("{\"category\": \"DAILY_RHYTHM\", \"description\": \"%s\", \"startDate\": \"%s\"}"
						.formatted(FREE_TEXTS.get(0), today)))
			.andExpect(status().isCreated());
		call(consultant,
				post("/api/v1/clients/{id}/agreements", id)
					.content("{\"description\": \"%s\", \"madeOn\": \"%s\"}".formatted(FREE_TEXTS.get(1), today)))
			.andExpect(status().isCreated());
		call(consultant,
				post("/api/v1/clients/{id}/contacts", id)
					.content("{\"occurredAt\": \"%s\", \"channel\": \"PHONE\", \"summary\": \"%s\", \"refused\": false}"
						.formatted(LocalDateTime.now().minusHours(1).withNano(0), FREE_TEXTS.get(2))))
			.andExpect(status().isCreated());
		call(consultant, get("/api/v1/clients/{id}/timeline", id)).andExpect(status().isOk());
		this.mvc.perform(get("/clients/{id}", id).with(user(consultant))).andExpect(status().isOk());
	}

	/**
	 * What used to put values into the log: a BSN taken, a body that does not parse, a
	 * sign-in with personal data as the user name; and what echoes a value in its
	 * exception: a query parameter of the wrong type, a NUL in a JSON text.
	 */
	private void refusals(CurrentUser consultant, String id, String bsn) throws Exception {
		call(consultant, post("/api/v1/clients").content(Fixtures.details().bsn(bsn).json()))
			.andExpect(status().isConflict());
		call(consultant,
				post("/api/v1/clients").content(Fixtures.details()
					.name("Wubbolt", "Ploegmakers")
					.json()
					.replaceFirst("\"dateOfBirth\": \"[^\"]*\"", "\"dateOfBirth\": \"Ploegmakers\"")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(formLogin("/login").user(bsn).password("Quaadvliet")).andExpect(redirectedUrl("/login?error"));
		call(consultant, get("/api/v1/clients/{id}/history", id).param("knownAt", "Ploegmakers"))
			.andExpect(status().isBadRequest());
		call(consultant,
				post("/api/v1/clients").content(Fixtures.details().name("Wubbolt\\u0000", "Ploegmakers").json()))
			.andExpect(status().isBadRequest());
	}

	/**
	 * A row the database refuses by a check constraint: PostgreSQL's detail repeats the
	 * whole row (BSN, name, address; the test's DataSource, unlike the application's,
	 * does not ask the driver to leave it out), and Hibernate does not log it. And a
	 * value PostgreSQL cannot read as its type, which its message repeats: Hibernate does
	 * not log it.
	 */
	private void refusedByTheDatabase(String id) {
		Throwable check = catchThrowable(() -> this.transactions.executeWithoutResult(status -> this.entityManager
			.createNativeQuery("update client set without_benefit = 'XYZ', benefit_start_date = null where id = ?1")
			.setParameter(1, UUID.fromString(id))
			.executeUpdate()));
		assertThat(DatabaseErrors.describe(check)).startsWith("SQL state 23514, constraint ");
		assertThat(check).hasStackTraceContaining("check constraint");
		Throwable unreadable = catchThrowable(() -> this.transactions
			.execute(status -> this.entityManager.createNativeQuery("select cast(?1 as date)")
				.setParameter(1, "Ploegmakers")
				.getSingleResult()));
		assertThat(DatabaseErrors.describe(unreadable)).isEqualTo("SQL state 22007");
	}

	private void importAndAudit(Fixtures.Municipality municipality, CurrentUser consultant, String id)
			throws Exception {
		CurrentUser administrator = municipality.user(Role.ADMINISTRATOR);
		String csv = String.join(";", "bsn", "givenName", "namePrefix", "familyName", "dateOfBirth", "address.street",
				"address.houseNumber", "address.postalCode", "address.city", "benefits", "profile",
				"profile.effectiveDate", "household") + "\n" + Fixtures.nextBsn()
				+ ";Gerbrich;;Oudeluttikhuis;1980-04-12;Kromme Elleboog;7;4191XZ;Geldermalsen;"
				+ "PARTICIPATIEWET:2019-03-01;KP4;2019-06-01;CHILD::Sjoukje:Oudeluttikhuis:2012-05-01\n"
				+ "123456789;Piet;;Smit;1975-01-01;;;;;PARTICIPATIEWET:2020-01-01;;;\n";
		String location = this.mvc
			.perform(post("/api/v1/imports").contentType("text/csv").content(csv).with(user(administrator)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		UUID run = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !"RUNNING".equals(this.jdbc.sql("select status from import_run where id = ?")
				.param(run)
				.query(String.class)
				.single()));
		call(administrator, get(location)).andExpect(status().isOk());
		CurrentUser auditor = municipality.user(Role.AUDITOR);
		call(auditor, get("/api/v1/access-log").param("clientId", id)).andExpect(status().isOk());
		this.mvc.perform(get("/access-log").param("clientId", id).with(user(auditor))).andExpect(status().isOk());
	}

	/**
	 * Registers a BSN through the API while another registration of it has been written
	 * but not committed: the API's own check cannot see that one, so the database's
	 * unique constraint refuses the second.
	 */
	private MvcResult registerWhileTheSameBsnIsBeingRegistered(Fixtures.Municipality municipality,
			CurrentUser consultant) throws Exception {
		Fixtures.ClientBuilder client = Fixtures.details().name("Berendina", "Duplicaatstra");
		CurrentUser coordinator = municipality.user(Role.COORDINATOR);
		ExecutorService second = Executors.newSingleThreadExecutor();
		try {
			Future<MvcResult> racing = this.transactions.execute(status -> {
				this.clients.register(coordinator, client.build());
				this.entityManager.flush();
				Future<MvcResult> answer = second.submit(
						() -> this.mvc
							.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
								.content(client.json())
								.header("X-Request-Id", REQUEST_ID)
								.with(user(consultant)))
							.andReturn());
				await().atMost(Duration.ofSeconds(30)).until(this::someoneWaitsForALock);
				return answer;
			});
			return racing.get(30, TimeUnit.SECONDS);
		}
		finally {
			second.shutdownNow();
		}
	}

	private boolean someoneWaitsForALock() {
		return this.jdbc.sql(
				"select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
			.query(Integer.class)
			.single() > 0;
	}

	private String register(CurrentUser user, Fixtures.ClientBuilder client) throws Exception {
		String location = call(user, post("/api/v1/clients").content(client.json())).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private String bsnOf(String id) {
		return this.jdbc.sql("select bsn from client where id = ?::uuid").param(id).query(String.class).single();
	}

	/**
	 * The BSN, family name, full name, street, postal code, phone and e-mail of every
	 * client and household member of the demo's and this test's municipalities (given
	 * names alone are too short to search for), and what this test sent.
	 */
	private List<String> personalData(Fixtures.Municipality municipality) {
		List<String> values = new ArrayList<>(FREE_TEXTS);
		values.addAll(NOT_KEPT);
		this.jdbc.sql("""
				with municipalities as (
				    select id from municipality where code in ('GM1960', 'GM0503') or id = :municipality)
				select bsn, given_name, family_name, street, postal_code, phone, email from client
				where municipality_id in (select id from municipalities)
				union all
				select m.bsn, m.given_name, m.family_name, null, null, null, null
				from household_member m join household h on h.id = m.household_id
				where h.municipality_id in (select id from municipalities)""")
			.param("municipality", municipality.id())
			.query((rs, row) -> {
				values.add(rs.getString("bsn"));
				values.add(rs.getString("family_name"));
				values.add(rs.getString("given_name") + " " + rs.getString("family_name"));
				values.add(rs.getString("street"));
				values.add(rs.getString("postal_code"));
				values.add(rs.getString("phone"));
				values.add(rs.getString("email"));
				return row;
			})
			.list();
		return values.stream().filter(value -> value != null && !value.isBlank()).distinct().toList();
	}

	private static boolean appears(String value, String log) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])").matcher(log).find();
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
