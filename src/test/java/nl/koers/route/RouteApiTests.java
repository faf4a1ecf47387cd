package nl.koers.route;

import java.time.Instant;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.Routes;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.TaskView;
import nl.koers.task.api.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class RouteApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().benefitStartDate(LocalDate.of(2018, 1, 1)));
	}

	@Test
	void aKp4DecisionPutsTheClientUnderInvestigation() throws Exception {
		profile("KP4", "2020-01-06").andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/clients/" + this.client.id() + "/history"))
			.andExpect(jsonPath("$.kind").value("PROFILE_DECISION"));
		history().andExpect(jsonPath("$.profile").value("KP4"))
			.andExpect(jsonPath("$.route").value("INVESTIGATION"))
			.andExpect(jsonPath("$.routePeriods", hasSize(1)))
			.andExpect(jsonPath("$.routePeriods[0].from").value("2020-01-06"))
			.andExpect(jsonPath("$.entries[0].authorName").value(this.consultant.displayName()));
	}

	@Test
	void restNeedsTheEndOfTheRestPeriod() throws Exception {
		profile("KP4", "2020-01-06");
		route("REST", "2020-03-02", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reviewDate")));
		route("REST", "2020-03-02", "2020-03-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reviewDate")));
		route("REST", "2020-03-02", "2020-09-01").andExpect(status().isCreated());
		history().andExpect(jsonPath("$.route").value("REST")).andExpect(jsonPath("$.restEnd").value("2020-09-01"));
	}

	@Test
	void refusesImpossibleChangesWithAReason() throws Exception {
		route("CARE_SUPPORT", "2020-03-02", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveDate"))
			.andExpect(jsonPath("$.errors[0].message").value("De cliënt heeft op die datum geen klantprofiel 4."));
		profile("KP4", "2017-12-31").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("De datum ligt vóór de start van de uitkering."));
		profile("KP4", LocalDate.now().plusDays(60).toString()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("De datum ligt te ver in de toekomst."));
		profile("KP4", "2020-01-06").andExpect(status().isCreated());
		route("CARE_SUPPORT", "2020-03-02", null).andExpect(status().isCreated());
		route("REST", "2020-03-02", "2020-09-01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveDate"));
		route("CARE_SUPPORT", "2020-04-01", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("route"));
		handover("2020-05-01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Alleen een cliënt in de route Mogelijk KP3 kan worden overgedragen."));
		assertThat(this.jdbc.sql("select count(*) from route_event where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aHandoverEndsTheKp4Route() throws Exception {
		profile("KP4", "2020-01-06");
		route("TOWARDS_KP3", "2020-06-01", null);
		handover("2020-10-01").andExpect(status().isCreated());
		history().andExpect(jsonPath("$.route").doesNotExist())
			.andExpect(jsonPath("$.handedOverTo").value("Werkzaam Rivierenland"))
			.andExpect(jsonPath("$.routePeriods[1].until").value("2020-10-01"));
		assertThat(this.routes.clientsInKp4(this.municipality.id(), LocalDate.of(2020, 9, 30)))
			.containsExactly(this.client.id());
		assertThat(this.routes.clientsInKp4(this.municipality.id(), LocalDate.of(2020, 10, 1))).isEmpty();
	}

	@Test
	void aBackDatedCorrectionKeepsWhatWasKnownBefore() throws Exception {
		profile("KP4", "2020-01-06");
		String wrong = id(route("REST", "2020-06-01", "2020-12-01"));
		String before = Instant.now().toString();
		Thread.sleep(5);
		call(post("/api/v1/clients/{id}/route-changes", this.client.id()).content("""
				{"route": "CARE_SUPPORT", "effectiveDate": "2020-03-02", "reason": "Correctie", "corrects": "%s"}"""
			.formatted(wrong))).andExpect(status().isCreated());
		history().andExpect(jsonPath("$.route").value("CARE_SUPPORT"))
			.andExpect(jsonPath("$.routePeriods[1].from").value("2020-03-02"))
			.andExpect(jsonPath("$.entries", hasSize(3)))
			.andExpect(jsonPath("$.entries[?(@.id == '%s')].status".formatted(wrong)).value("CORRECTED"));
		call(get("/api/v1/clients/{id}/history", this.client.id()).param("knownAt", before))
			.andExpect(jsonPath("$.route").value("REST"))
			.andExpect(jsonPath("$.entries", hasSize(2)));
	}

	@Test
	void reviewTasksFollowTheRoute() throws Exception {
		profile("KP4", "2020-01-06");
		route("REST", "2020-03-02", "2020-09-01");
		assertThat(openTask(TaskType.REST_REVIEW).dueDate()).isEqualTo(LocalDate.of(2020, 8, 18));
		assertThat(openTask(TaskType.REST_REVIEW).assigneeId()).isEqualTo(this.consultant.id());
		review("""
				{"decision": "EXTEND_REST", "effectiveDate": "2020-08-20", "reviewDate": "2021-03-01", "reason": "Nog niet zover"}""")
			.andExpect(status().isCreated());
		assertThat(openTask(TaskType.REST_REVIEW).dueDate()).isEqualTo(LocalDate.of(2021, 2, 15));
		review("""
				{"decision": "CHANGE_ROUTE", "effectiveDate": "2021-02-20", "route": "CARE_SUPPORT", "reason": "Zorg eerst"}""")
			.andExpect(status().isCreated());
		assertThat(this.tasks.open(this.client.id(), TaskType.REST_REVIEW)).isEmpty();
		assertThat(openTask(TaskType.CARE_REVIEW).dueDate()).isEqualTo(LocalDate.of(2021, 5, 20));
		review("""
				{"decision": "KEEP_CARE_SUPPORT", "effectiveDate": "2021-05-18", "reason": "Gaat goed"}""")
			.andExpect(status().isCreated());
		assertThat(openTask(TaskType.CARE_REVIEW).dueDate()).isEqualTo(LocalDate.of(2021, 8, 18));
		assertThat(this.jdbc.sql("select status from task where client_id = ? order by created_at")
			.param(this.client.id())
			.query(String.class)
			.list()).containsExactly("DONE", "DONE", "DONE", "OPEN");
	}

	@Test
	void reviewThatDoesNotFitTheRouteIsRefused() throws Exception {
		profile("KP4", "2020-01-06");
		review("""
				{"decision": "EXTEND_REST", "effectiveDate": "2020-08-20", "reviewDate": "2021-03-01", "reason": "x"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
	}

	@Test
	void aWithdrawnRouteChangeNoLongerCounts() throws Exception {
		profile("KP4", "2020-01-06");
		String wrong = id(route("REST", "2020-06-01", "2020-12-01"));
		call(post("/api/v1/clients/{id}/history/{event}/withdrawal", this.client.id(), wrong)
			.content("{\"reason\": \"Verkeerde cliënt\"}")).andExpect(status().isCreated());
		history().andExpect(jsonPath("$.route").value("INVESTIGATION"));
		assertThat(this.tasks.open(this.client.id(), TaskType.REST_REVIEW)).isEmpty();
	}

	@Test
	void accessRulesForEveryEndpoint() throws Exception {
		CurrentUser delft = this.fixtures.municipality().user(Role.CONSULTANT, Role.COORDINATOR);
		CurrentUser manager = this.municipality.user(Role.MANAGER);
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		CurrentUser institution = this.municipality.user(Role.INSTITUTION_WORKER);
		String body = "{\"profile\": \"KP4\", \"effectiveDate\": \"2020-01-06\", \"reason\": \"x\"}";
		String path = "/api/v1/clients/" + this.client.id();
		this.mvc.perform(get(path + "/history").with(user(delft))).andExpect(status().isNotFound());
		this.mvc.perform(json(post(path + "/profile-decisions"), body).with(user(delft)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(path + "/history").with(user(institution))).andExpect(status().isNotFound());
		this.mvc.perform(get(path + "/history").with(user(manager))).andExpect(status().isForbidden());
		this.mvc.perform(json(post(path + "/profile-decisions"), body).with(user(manager)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(path + "/history").with(user(colleague))).andExpect(status().isOk());
		this.mvc.perform(json(post(path + "/profile-decisions"), body).with(user(colleague)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from route_event where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void everyReadOfTheHistoryIsLogged() throws Exception {
		profile("KP4", "2020-01-06");
		history();
		assertThat(this.jdbc.sql("select action from access_log_entry where client_id = ? order by id")
			.param(this.client.id())
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE", "READ");
	}

	private ResultActions profile(String profile, String date) throws Exception {
		return call(post("/api/v1/clients/{id}/profile-decisions", this.client.id())
			.content("{\"profile\": \"%s\", \"effectiveDate\": \"%s\", \"reason\": \"Uitkomst intake\"}"
				.formatted(profile, date)));
	}

	private ResultActions route(String route, String date, String restEnd) throws Exception {
		return call(post("/api/v1/clients/{id}/route-changes", this.client.id())
			.content("{\"route\": \"%s\", \"effectiveDate\": \"%s\", \"reason\": \"Gesprek\"%s}".formatted(route, date,
					restEnd == null ? "" : ", \"reviewDate\": \"" + restEnd + "\"")));
	}

	private ResultActions handover(String date) throws Exception {
		return call(post("/api/v1/clients/{id}/handover", this.client.id()).content(
				"{\"effectiveDate\": \"%s\", \"organisation\": \"Werkzaam Rivierenland\", \"reason\": \"Klaar voor KP3\"}"
					.formatted(date)));
	}

	private ResultActions review(String body) throws Exception {
		return call(post("/api/v1/clients/{id}/reviews", this.client.id()).content(body));
	}

	private ResultActions history() throws Exception {
		return call(get("/api/v1/clients/{id}/history", this.client.id())).andExpect(status().isOk());
	}

	private TaskView openTask(TaskType type) {
		return this.tasks.open(this.client.id(), type).orElseThrow();
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(this.consultant)));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
