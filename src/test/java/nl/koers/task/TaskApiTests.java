package nl.koers.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/tasks}: whose tasks, which filters, paging, and the access log.
 */
@KoersTest
@TestPropertySource(properties = "koers.api.basic-auth.enabled=true")
class TaskApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Municipality municipality;

	CurrentUser consultant;

	CurrentUser colleague;

	CurrentUser coordinator;

	ClientView mine;

	ClientView theirs;

	ClientView unassigned;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.colleague = this.municipality.user(Role.CONSULTANT);
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.mine = this.municipality.client(this.consultant, Fixtures.details().name("Mirjam", "Eigenaar"));
		this.theirs = this.municipality.client(this.colleague, Fixtures.details().name("Theo", "Anderman"));
		this.unassigned = this.municipality.client(this.coordinator, Fixtures.details().name("Ulla", "Niemand"));
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Amsterdam")));
	}

	@Test
	void aConsultantGetsTheirOwnOpenTasksByDueDate() throws Exception {
		schedule(this.mine, TaskType.REST_REVIEW, this.today.plusDays(20));
		schedule(this.mine, TaskType.OUTREACH, this.today.minusDays(2));
		schedule(this.theirs, TaskType.OUTREACH, this.today);
		schedule(this.unassigned, TaskType.OUTREACH, this.today);
		schedule(this.mine, TaskType.CARE_REVIEW, this.today);
		this.tasks.complete(this.mine.id(), TaskType.CARE_REVIEW, this.consultant.id());
		call(this.consultant, get("/api/v1/tasks")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[*].type", contains("OUTREACH", "REST_REVIEW")))
			.andExpect(jsonPath("$.items[0].id").isNotEmpty())
			.andExpect(jsonPath("$.items[0].clientId").value(this.mine.id().toString()))
			.andExpect(jsonPath("$.items[0].clientName").value("Mirjam Eigenaar"))
			.andExpect(jsonPath("$.items[0].dueDate").value(this.today.minusDays(2).toString()))
			.andExpect(jsonPath("$.items[0].overdue").value(true))
			.andExpect(jsonPath("$.items[0].assigneeId").value(this.consultant.id().toString()))
			.andExpect(jsonPath("$.items[1].overdue").value(false))
			.andExpect(jsonPath("$.next").doesNotExist());
	}

	@Test
	void aCoordinatorGetsAllOpenTasksOfTheMunicipalityIncludingUnassigned() throws Exception {
		schedule(this.mine, TaskType.OUTREACH, this.today);
		schedule(this.theirs, TaskType.OUTREACH, this.today.plusDays(1));
		schedule(this.unassigned, TaskType.OUTREACH, this.today.plusDays(2));
		call(this.coordinator, get("/api/v1/tasks")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].clientId",
					contains(this.mine.id().toString(), this.theirs.id().toString(), this.unassigned.id().toString())))
			.andExpect(jsonPath("$.items[2].assigneeId").value(nullValue()))
			.andExpect(jsonPath("$.items[0].overdue").value(false));
		call(this.colleague, get("/api/v1/tasks"))
			.andExpect(jsonPath("$.items[*].clientId", contains(this.theirs.id().toString())));
	}

	@Test
	void dueTodayIsNotOverdueAndYesterdayIs() throws Exception {
		schedule(this.mine, TaskType.OUTREACH, this.today);
		schedule(this.mine, TaskType.REST_REVIEW, this.today.minusDays(1));
		call(this.consultant, get("/api/v1/tasks")).andExpect(jsonPath("$.items[*].overdue", contains(true, false)));
	}

	@Test
	void filtersByDueBeforeExclusiveAndByType() throws Exception {
		schedule(this.mine, TaskType.OUTREACH, this.today.minusDays(3));
		schedule(this.mine, TaskType.REST_REVIEW, this.today.plusDays(7));
		schedule(this.mine, TaskType.CARE_REVIEW, this.today.plusDays(30));
		call(this.consultant, get("/api/v1/tasks").param("dueBefore", this.today.plusDays(7).toString()))
			.andExpect(jsonPath("$.items[*].type", contains("OUTREACH")));
		call(this.consultant, get("/api/v1/tasks").param("dueBefore", this.today.plusDays(8).toString()))
			.andExpect(jsonPath("$.items[*].type", contains("OUTREACH", "REST_REVIEW")));
		call(this.consultant, get("/api/v1/tasks").param("type", "CARE_REVIEW"))
			.andExpect(jsonPath("$.items[*].type", contains("CARE_REVIEW")));
		call(this.consultant,
				get("/api/v1/tasks").param("type", "CARE_REVIEW").param("dueBefore", this.today.toString()))
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void refusesMalformedFiltersNamingTheParameter() throws Exception {
		call(this.consultant, get("/api/v1/tasks").param("dueBefore", "01-02-2026")).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("dueBefore"));
		call(this.consultant, get("/api/v1/tasks").param("type", "LUNCH")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		call(this.consultant, get("/api/v1/tasks").param("limit", "0")).andExpect(status().isBadRequest());
		call(this.consultant, get("/api/v1/tasks").param("limit", "501")).andExpect(status().isBadRequest());
		call(this.consultant, get("/api/v1/tasks").param("next", "garbage")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("next"));
	}

	@Test
	void pagesByKeyWithoutGapsOrDuplicates() throws Exception {
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			ClientView client = this.municipality.client(this.consultant);
			// Several tasks share a due date: the id breaks the tie.
			schedule(client, TaskType.OUTREACH, this.today.plusDays(i % 3));
			expected.add(client.id().toString());
		}
		List<String> seen = new ArrayList<>();
		List<String> dueDates = new ArrayList<>();
		String next = null;
		int pages = 0;
		do {
			String body = call(this.consultant,
					get("/api/v1/tasks").param("limit", "3").param("next", next == null ? "" : next))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			seen.addAll(JsonPath.read(body, "$.items[*].clientId"));
			dueDates.addAll(JsonPath.read(body, "$.items[*].dueDate"));
			next = JsonPath.<List<String>>read(body, "$..next").stream().findFirst().orElse(null);
			pages++;
		}
		while (next != null);
		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(7).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(dueDates).isSorted();
	}

	@Test
	void writesOneListEntryPerClientShown() throws Exception {
		schedule(this.mine, TaskType.OUTREACH, this.today);
		schedule(this.mine, TaskType.REST_REVIEW, this.today.plusDays(3));
		call(this.consultant, get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(2)));
		assertThat(logged(this.consultant)).containsExactly(this.mine.id() + " LIST GET /api/v1/tasks");
		call(this.coordinator, get("/api/v1/tasks").param("type", "OUTREACH"));
		assertThat(logged(this.coordinator)).containsExactly(this.mine.id() + " LIST GET /api/v1/tasks");
	}

	@Test
	void anEmptyWorklistLogsNothing() throws Exception {
		call(this.consultant, get("/api/v1/tasks")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)));
		assertThat(logged(this.consultant)).isEmpty();
	}

	@Test
	void anotherMunicipalityNeverSeesTheTasks() throws Exception {
		schedule(this.mine, TaskType.OUTREACH, this.today);
		UUID id = this.tasks.open(this.mine.id(), TaskType.OUTREACH).orElseThrow().id();
		Municipality other = this.fixtures.municipality();
		CurrentUser stranger = other.user(Role.CONSULTANT, Role.COORDINATOR);
		other.client(stranger);
		call(stranger, get("/api/v1/tasks")).andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
		call(stranger, get("/api/v1/tasks/" + id)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		assertThat(logged(stranger)).isEmpty();
	}

	@Test
	void readsOneTaskOfTheMunicipalityAndLogsTheRead() throws Exception {
		schedule(this.theirs, TaskType.CARE_REVIEW, this.today.minusDays(1));
		UUID id = this.tasks.open(this.theirs.id(), TaskType.CARE_REVIEW).orElseThrow().id();
		call(this.consultant, get("/api/v1/tasks/" + id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()))
			.andExpect(jsonPath("$.type").value("CARE_REVIEW"))
			.andExpect(jsonPath("$.clientName").value("Theo Anderman"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.overdue").value(true));
		assertThat(logged(this.consultant)).containsExactly(this.theirs.id() + " READ GET /api/v1/tasks/{id}");
		this.tasks.complete(this.theirs.id(), TaskType.CARE_REVIEW, this.colleague.id());
		call(this.consultant, get("/api/v1/tasks/" + id)).andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.overdue").value(false));
		call(this.consultant, get("/api/v1/tasks/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void otherRolesAreForbidden() throws Exception {
		schedule(this.mine, TaskType.OUTREACH, this.today);
		UUID id = this.tasks.open(this.mine.id(), TaskType.OUTREACH).orElseThrow().id();
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR,
				Role.INSTITUTION_WORKER)) {
			CurrentUser user = this.municipality.user(role);
			call(user, get("/api/v1/tasks")).andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			call(user, get("/api/v1/tasks/" + id)).andExpect(status().isForbidden());
			assertThat(logged(user)).isEmpty();
		}
	}

	@Test
	void theApiAcceptsHttpBasicAndNothingElse() throws Exception {
		this.mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/tasks").with(httpBasic(this.coordinator.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void theWorklistIsInTheApiDocs() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/tasks'].get.parameters[*].name",
					containsInAnyOrder("dueBefore", "type", "limit", "next")))
			.andExpect(jsonPath("$.paths['/tasks/{id}'].get").exists());
	}

	private void schedule(ClientView client, TaskType type, LocalDate due) {
		this.tasks.schedule(this.municipality.id(), client.id(), type, due,
				client.caseLead() == null ? null : client.caseLead().id());
	}

	/**
	 * What the user's reads left in the access log (registering test clients aside).
	 */
	private List<String> logged(CurrentUser user) {
		return this.jdbc.sql(
				"select client_id || ' ' || action || ' ' || purpose from access_log_entry where user_id = ? and action <> 'CREATE' order by id")
			.param(user.id())
			.query(String.class)
			.list();
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(user)).accept(MediaType.APPLICATION_JSON));
	}

}
