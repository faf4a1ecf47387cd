package nl.koers.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.PagingChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client's goals through the API: setting, progress, status history, the rules, who
 * may read and record, and that nothing crosses a municipality.
 */
@KoersTest
class GoalApiTests {

	private static final String GOAL = """
			{"category": "DAILY_RHYTHM", "description": "Ik wil elke ochtend om acht uur op staan", "startDate": "2026-01-05"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead, Fixtures.details().caseLead(this.caseLead.id()));
	}

	@Test
	void theCaseLeadSetsAGoalInTheClientsWords() throws Exception {
		String location = call(this.caseLead, post("/api/v1/clients/{id}/goals", this.client.id()).content(GOAL))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/goals/")))
			.andExpect(jsonPath("$.category").value("DAILY_RHYTHM"))
			.andExpect(jsonPath("$.description").value("Ik wil elke ochtend om acht uur op staan"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.authorName").value(this.caseLead.displayName()))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		call(this.caseLead, get(location)).andExpect(status().isOk())
			.andExpect(jsonPath("$.clientId").value(this.client.id().toString()))
			.andExpect(jsonPath("$.progress", hasSize(0)))
			.andExpect(jsonPath("$.statusHistory", hasSize(0)));
		call(this.municipality.user(Role.CONSULTANT), get("/api/v1/clients/{id}/goals", this.client.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].startDate").value("2026-01-05"));
	}

	@Test
	void progressAndStatusChangesAreKeptAsDatedRecords() throws Exception {
		String id = goal();
		progress(id, "2026-02-01", "Drie dagen op tijd op gestaan").andExpect(status().isOk())
			.andExpect(jsonPath("$.progress[0].note").value("Drie dagen op tijd op gestaan"))
			.andExpect(jsonPath("$.progress[0].authorName").value(this.caseLead.displayName()));
		changeStatus(id, "ACHIEVED", "2026-03-01", 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACHIEVED"))
			.andExpect(jsonPath("$.version").value(1));
		progress(id, "2026-03-02", "Nog steeds").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Dit doel is niet actief: maak het eerst weer actief om voortgang vast te leggen."));
		changeStatus(id, "STOPPED", "2026-03-02", 1).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		changeStatus(id, "ACHIEVED", "2026-03-02", 1).andExpect(status().isUnprocessableContent());
		changeStatus(id, "ACTIVE", "2026-02-15", 1).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("changedOn"));
		changeStatus(id, "ACTIVE", "2026-04-01", 0).andExpect(status().isConflict());
		changeStatus(id, "ACTIVE", "2026-04-01", 1).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.statusHistory[*].status").value(contains("ACHIEVED", "ACTIVE")))
			.andExpect(jsonPath("$.statusHistory[1].reason").value("Reden"));
		progress(id, "2026-04-02", "Weer bezig").andExpect(status().isOk())
			.andExpect(jsonPath("$.progress", hasSize(2)));
		assertThat(this.jdbc.sql("select count(*) from goal_status_change where goal_id = ?")
			.param(UUID.fromString(id))
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void refusesIncompleteOrImpossibleInput() throws Exception {
		call(this.caseLead, post("/api/v1/clients/{id}/goals", this.client.id()).content("{\"description\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("category")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("startDate")));
		call(this.caseLead, post("/api/v1/clients/{id}/goals", this.client.id())
			.content(GOAL.replace("DAILY_RHYTHM", "WORLD_PEACE"))).andExpect(status().isBadRequest());
		call(this.caseLead,
				post("/api/v1/clients/{id}/goals", this.client.id())
					.content(GOAL.replace("2026-01-05", LocalDate.now().plusDays(2).toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startDate"))
			.andExpect(jsonPath("$.errors[0].message").value("De datum mag niet in de toekomst liggen."));
		String id = goal();
		progress(id, "2025-12-31", "Te vroeg").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("De datum ligt voor de startdatum van het doel."));
		progress(id, LocalDate.now().plusDays(1).toString(), "Morgen").andExpect(status().isBadRequest());
		call(this.caseLead, put("/api/v1/goals/{id}/status", id).content("{\"status\": \"ACHIEVED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("version")));
	}

	@Test
	void rolesWithoutClientWorkGet403() throws Exception {
		String id = goal();
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			CurrentUser user = this.municipality.user(role);
			call(user, get("/api/v1/clients/{id}/goals", this.client.id())).andExpect(status().isForbidden());
			call(user, get("/api/v1/goals/{id}", id)).andExpect(status().isForbidden());
			call(user, post("/api/v1/clients/{id}/goals", this.client.id()).content(GOAL))
				.andExpect(status().isForbidden());
			call(user, post("/api/v1/goals/{id}/progress", id).content(progressBody("2026-02-01", "x")))
				.andExpect(status().isForbidden());
			call(user, put("/api/v1/goals/{id}/status", id).content(statusBody("STOPPED", "2026-02-01", 0)))
				.andExpect(status().isForbidden());
		}
		CurrentUser institution = this.municipality.user(Role.INSTITUTION_WORKER);
		call(institution, get("/api/v1/clients/{id}/goals", this.client.id())).andExpect(status().isNotFound());
		call(institution, get("/api/v1/goals/{id}", id)).andExpect(status().isNotFound());
		call(institution, post("/api/v1/clients/{id}/goals", this.client.id()).content(GOAL))
			.andExpect(status().isForbidden());
	}

	@Test
	void aConsultantWhoIsNotTheCaseLeadReadsButDoesNotRecord() throws Exception {
		String id = goal();
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		call(colleague, get("/api/v1/goals/{id}", id)).andExpect(status().isOk());
		call(colleague, post("/api/v1/clients/{id}/goals", this.client.id()).content(GOAL))
			.andExpect(status().isForbidden());
		call(colleague, post("/api/v1/goals/{id}/progress", id).content(progressBody("2026-02-01", "x")))
			.andExpect(status().isForbidden());
		call(colleague, put("/api/v1/goals/{id}/status", id).content(statusBody("STOPPED", "2026-02-01", 0)))
			.andExpect(status().isForbidden());
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		call(coordinator, put("/api/v1/goals/{id}/status", id).content(statusBody("STOPPED", "2026-02-01", 0)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from goal_progress where goal_id = ?")
			.param(UUID.fromString(id))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anotherMunicipalityFindsNothing() throws Exception {
		String id = goal();
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get("/api/v1/goals/{id}", id)).andExpect(status().isNotFound());
		call(stranger, get("/api/v1/clients/{id}/goals", this.client.id())).andExpect(status().isNotFound());
		call(stranger, post("/api/v1/clients/{id}/goals", this.client.id()).content(GOAL))
			.andExpect(status().isNotFound());
		call(stranger, post("/api/v1/goals/{id}/progress", id).content(progressBody("2026-02-01", "x")))
			.andExpect(status().isNotFound());
		call(stranger, put("/api/v1/goals/{id}/status", id).content(statusBody("STOPPED", "2026-02-01", 0)))
			.andExpect(status().isNotFound());
		call(this.caseLead, get("/api/v1/goals/{id}", id)).andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void everyCallIsInTheAccessLog() throws Exception {
		String id = goal();
		call(this.caseLead, get("/api/v1/clients/{id}/goals", this.client.id())).andExpect(status().isOk());
		call(this.caseLead, get("/api/v1/goals/{id}", id)).andExpect(status().isOk());
		progress(id, "2026-02-01", "Gaat goed").andExpect(status().isOk());
		changeStatus(id, "ACHIEVED", "2026-03-01", 0).andExpect(status().isOk());
		assertThat(log("POST /api/v1/clients/{id}/goals")).containsExactly("UPDATE");
		assertThat(log("GET /api/v1/clients/{id}/goals")).containsExactly("READ");
		assertThat(log("GET /api/v1/goals/{id}")).containsExactly("READ");
		assertThat(log("POST /api/v1/goals/{id}/progress")).containsExactly("UPDATE");
		assertThat(log("PUT /api/v1/goals/{id}/status")).containsExactly("UPDATE");
	}

	@Test
	void goalsProgressAndStatusChangesAreOnTheTimelineInDateOrder() throws Exception {
		String id = goal();
		progress(id, "2026-02-01", "Gaat goed").andExpect(status().isOk());
		changeStatus(id, "ACHIEVED", "2026-03-01", 0).andExpect(status().isOk());
		call(this.caseLead, get("/api/v1/clients/{id}/timeline", this.client.id()).param("kind", "GOAL"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].date").value(contains("2026-03-01", "2026-02-01", "2026-01-05")))
			.andExpect(jsonPath("$.items[*].titleKey").value(
					contains("timeline.goal.status.ACHIEVED", "timeline.goal.progress", "timeline.goal.DAILY_RHYTHM")))
			.andExpect(jsonPath("$.items[2].text").value("Ik wil elke ochtend om acht uur op staan"))
			.andExpect(jsonPath("$.items[0].text").value("Reden"));
	}

	private List<String> log(String purpose) {
		return this.jdbc
			.sql("select action from access_log_entry where user_id = ? and client_id = ? and purpose = ? order by id")
			.params(this.caseLead.id(), this.client.id(), purpose)
			.query(String.class)
			.list();
	}

	@Test
	void theGoalsArePagedByKeyInStartDateOrder() throws Exception {
		for (String date : List.of("2026-03-01", "2026-01-05", "2026-01-05", "2026-02-01", "2026-01-05")) {
			call(this.caseLead,
					post("/api/v1/clients/{id}/goals", this.client.id()).content(GOAL.replace("2026-01-05", date)))
				.andExpect(status().isCreated());
		}
		List<String> ids = PagingChecks.pagesThrough(this.mvc, this.caseLead,
				"/api/v1/clients/" + this.client.id() + "/goals", 2, 5);
		assertThat(ids).hasSize(5);
		call(this.caseLead, get("/api/v1/clients/{id}/goals", this.client.id()))
			.andExpect(jsonPath("$.items[*].startDate",
					contains("2026-01-05", "2026-01-05", "2026-01-05", "2026-02-01", "2026-03-01")));
	}

	private String goal() throws Exception {
		return JsonPath
			.read(call(this.caseLead, post("/api/v1/clients/{id}/goals", this.client.id()).content(GOAL)).andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
	}

	private ResultActions progress(String id, String date, String note) throws Exception {
		return call(this.caseLead, post("/api/v1/goals/{id}/progress", id).content(progressBody(date, note)));
	}

	private ResultActions changeStatus(String id, String status, String date, long version) throws Exception {
		return call(this.caseLead, put("/api/v1/goals/{id}/status", id).content(statusBody(status, date, version)));
	}

	private static String progressBody(String date, String note) {
		return """
				{"notedOn": "%s", "note": "%s"}""".formatted(date, note);
	}

	private static String statusBody(String status, String date, long version) {
		return """
				{"status": "%s", "changedOn": "%s", "reason": "Reden", "version": %d}""".formatted(status, date,
				version);
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
