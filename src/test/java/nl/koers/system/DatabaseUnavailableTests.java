package nl.koers.system;

import java.time.LocalDate;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The database out of reach for one request: the API answers 503 problem details with
 * {@code Retry-After}, whether a controller or a filter (an idempotency key) met the
 * failure, and a change is not said to have failed, only that it may not have been saved;
 * a page answers 503 with a plain page without data. The log says so once, at WARN,
 * without the driver's message. The outage is this thread's only
 * ({@link DatabaseOutage}).
 */
@KoersTest
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	CurrentUser consultant;

	ClientView client;

	@BeforeEach
	void setUp() {
		Fixtures.Municipality municipality = this.fixtures.municipality();
		this.consultant = municipality.user(Role.CONSULTANT);
		this.client = municipality.client(this.consultant, Fixtures.details().caseLead(this.consultant.id()));
	}

	@Test
	void anApiReadAnswers503ProblemDetailsWithRetryAfter(CapturedOutput output) throws Exception {
		MvcResult answer = duringOutage(
				get("/api/v1/clients/{id}", this.client.id()).header("X-Request-Id", "outage-read-0001"));

		assertProblem(answer,
				"Koers kan zijn gegevens op dit moment niet bereiken. Probeer het over een halve minuut opnieuw.");
		assertThat(answer.getResponse().getHeader("X-Request-Id")).isEqualTo("outage-read-0001");
		assertThat(answer.getResponse().getHeader("API-Version")).isNotBlank();
		assertLoggedOnce(output, "outage-read-0001");
	}

	@Test
	void anApiChangeAnswers503AndDoesNotClaimNothingWasSaved(CapturedOutput output) throws Exception {
		MvcResult answer = duringOutage(
				post("/api/v1/clients/{id}/goals", this.client.id()).header("X-Request-Id", "outage-change-0001")
					.content(goal()));

		assertProblem(answer, "Het is niet zeker of uw wijziging is opgeslagen");
		assertLoggedOnce(output, "outage-change-0001");
		assertThat(goals()).isZero();
	}

	/**
	 * The idempotency key is claimed in the database by a filter, before any controller:
	 * the failure does not reach the API's exception handler.
	 */
	@Test
	void anApiChangeFailingInAFilterAnswers503ProblemDetailsToo(CapturedOutput output) throws Exception {
		MvcResult answer = duringOutage(
				post("/api/v1/clients/{id}/goals", this.client.id()).header("X-Request-Id", "outage-filter-0001")
					.header("Idempotency-Key", "outage-filter-key-1")
					.content(goal()));

		assertProblem(answer, "Het is niet zeker of uw wijziging is opgeslagen");
		assertThat(answer.getResponse().getHeader("API-Version")).isNotBlank();
		assertLoggedOnce(output, "outage-filter-0001");
		assertThat(goals()).isZero();
	}

	@Test
	void aPageAnswers503WithAPlainPageWithoutData(CapturedOutput output) throws Exception {
		MvcResult answer = DatabaseOutage.during(
				() -> this.mvc
					.perform(get("/clients/{id}", this.client.id()).header("X-Request-Id", "outage-page-0001")
						.with(user(this.consultant)))
					.andReturn());

		assertThat(answer.getResponse().getStatus()).isEqualTo(503);
		assertThat(answer.getResponse().getHeader("Retry-After")).isEqualTo("30");
		assertThat(answer.getResponse().getContentType()).startsWith("text/html");
		String page = answer.getResponse().getContentAsString();
		assertThat(page)
			.contains("Even niet bereikbaar", "Koers kan zijn gegevens op dit moment niet bereiken",
					"href=\"/css/koers.css\"")
			.doesNotContain(this.client.bsn(), "Jansen", "Exception", DatabaseOutage.MESSAGE, "08001");
		assertLoggedOnce(output, "outage-page-0001");

		MvcResult form = DatabaseOutage.during(
				() -> this.mvc
					.perform(post("/clients/{id}/goals", this.client.id()).param("category", "DAILY_RHYTHM")
						.param("description", "Weer op tijd opstaan")
						.param("startDate", LocalDate.now().toString())
						.with(csrf())
						.with(user(this.consultant)))
					.andReturn());
		assertThat(form.getResponse().getStatus()).isEqualTo(503);
		assertThat(form.getResponse().getContentAsString()).contains("Het is niet zeker of uw wijziging is opgeslagen");
	}

	/**
	 * The database goes out of reach after the goal was committed: the page's redirect
	 * saves its message in the session first (Spring Session, in PostgreSQL), and that
	 * fails. The answer cannot undo the commit; it says the change may have been saved.
	 */
	@Test
	void aPageWhoseChangeWasCommittedBeforeTheOutageSaysItMayHaveBeenSaved(CapturedOutput output) throws Exception {
		MvcResult answer = DatabaseOutage.afterCommitOfAnInsertInto("goal",
				() -> this.mvc
					.perform(post("/clients/{id}/goals", this.client.id()).param("category", "DAILY_RHYTHM")
						.param("description", "Weer op tijd opstaan")
						.param("startDate", LocalDate.now().toString())
						.header("X-Request-Id", "outage-commit-0001")
						.with(csrf())
						.with(user(this.consultant)))
					.andReturn());

		assertThat(goals()).isOne();
		assertThat(answer.getResponse().getStatus()).isEqualTo(503);
		assertThat(answer.getResponse().getContentAsString())
			.contains("Het is niet zeker of uw wijziging is opgeslagen");
		assertLoggedOnce(output, "outage-commit-0001");
	}

	/**
	 * The same on the API with an idempotency key: the answer to keep cannot be written
	 * after the goal was committed.
	 */
	@Test
	void anApiChangeWhoseAnswerCannotBeKeptSaysItMayHaveBeenSaved(CapturedOutput output) throws Exception {
		MvcResult answer = DatabaseOutage
			.afterCommitOfAnInsertInto("goal",
					() -> this.mvc.perform(post("/api/v1/clients/{id}/goals", this.client.id())
						.header("X-Request-Id", "outage-commit-0002")
						.header("Idempotency-Key", "outage-commit-key-2")
						.content(goal())
						.contentType(MediaType.APPLICATION_JSON)
						.with(user(this.consultant))).andReturn());

		assertThat(goals()).isOne();
		assertProblem(answer, "Het is niet zeker of uw wijziging is opgeslagen");
		assertLoggedOnce(output, "outage-commit-0002");

		// the retry with the same key, the database back: the goal is not created twice
		this.mvc
			.perform(post("/api/v1/clients/{id}/goals", this.client.id())
				.header("Idempotency-Key", "outage-commit-key-2")
				.content(goal())
				.contentType(MediaType.APPLICATION_JSON)
				.with(user(this.consultant)))
			.andExpect(status().isConflict());
		assertThat(goals()).isOne();
	}

	@Test
	void afterTheOutageTheSameRequestIsAnsweredAgain() throws Exception {
		duringOutage(get("/api/v1/clients/{id}", this.client.id()));

		assertThat(this.mvc
			.perform(get("/api/v1/clients/{id}", this.client.id()).with(user(this.consultant))
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	private MvcResult duringOutage(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		RequestBuilder call = request.contentType(MediaType.APPLICATION_JSON).with(user(this.consultant));
		return DatabaseOutage.during(() -> this.mvc.perform(call).andReturn());
	}

	private static void assertProblem(MvcResult answer, String detail) throws Exception {
		assertThat(answer.getResponse().getStatus()).isEqualTo(503);
		assertThat(answer.getResponse().getHeader("Retry-After")).isEqualTo("30");
		assertThat(answer.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String body = answer.getResponse().getContentAsString();
		assertThat(body).contains("\"status\":503", "\"title\":\"Service Unavailable\"", detail)
			.doesNotContain("timestamp", DatabaseOutage.MESSAGE, "08001", "trace");
	}

	private static void assertLoggedOnce(CapturedOutput output, String requestId) {
		String log = output.getAll();
		assertThat(log).doesNotContain(DatabaseOutage.MESSAGE);
		assertThat(log.lines().filter(line -> line.contains("Database unavailable, answered 503")))
			.as("logged once, at WARN, by SQL state")
			.hasSize(1)
			.allMatch(line -> line.contains("WARN") && line.contains("SQL state 08001") && line.contains(requestId));
	}

	private String goal() {
		return "{\"category\": \"DAILY_RHYTHM\", \"description\": \"Weer op tijd opstaan\", \"startDate\": \"%s\"}"
			.formatted(LocalDate.now());
	}

	private int goals() {
		return this.jdbc.sql("select count(*) from goal where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single();
	}

}
