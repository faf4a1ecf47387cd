package nl.koers.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.budget.api.Budgets;
import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ContractView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.Route;
import nl.koers.system.PagingChecks;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.PhaseChange;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.Trajectories;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class TrajectoryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Nominations nominations;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Budgets budgets;

	@Autowired
	Tasks tasks;

	TrajectoryWorld world;

	@BeforeEach
	void setUp() {
		this.world = new TrajectoryWorld(this.context);
		this.world.delftBudget();
	}

	@Test
	void contractManagersCreateContractsAndProvidersSeeOnlyTheirOwn() throws Exception {
		String body = """
				{"providerId": "%s", "name": "Activering Delft", "places": 50, "price": "5355.00",
				 "budgetSource": "Werkbudget", "scheduleKind": "YEARS",
				 "schedule": [{"year": 2005, "share": "20"}, {"year": 2006, "share": "60"}, {"year": 2007, "share": "20"}],
				 "nominationFrom": "2005-11-01", "nominationUntil": "2006-04-30", "maxMonths": 18, "aftercareMonths": 6,
				 "minAge": "23", "maxAge": "57.5", "minBenefitMonths": 24}"""
			.formatted(this.world.provider);
		this.mvc.perform(json(post("/api/v1/contracts"), body, this.world.consultant))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post("/api/v1/contracts"), body, this.world.contractManager))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/contracts/")))
			.andExpect(jsonPath("$.price").value("5355.00"))
			.andExpect(jsonPath("$.maxAgeMonths").value(690))
			.andExpect(jsonPath("$.phases", hasSize(3)));

		this.mvc.perform(get("/api/v1/contracts").with(user(this.world.worker)))
			.andExpect(jsonPath("$.items", hasSize(1)));
		CurrentUser otherProvider = this.world.worker(this.world.organisation("Ander bureau"));
		this.mvc.perform(get("/api/v1/contracts").with(user(otherProvider))).andExpect(jsonPath("$.items", hasSize(0)));
		CurrentUser elsewhere = this.context.getBean(Fixtures.class).municipality().user(Role.CONTRACT_MANAGER);
		this.mvc.perform(get("/api/v1/contracts").with(user(elsewhere))).andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void aContractChangesOnlyFromTheVersionReadAndNeverBelowThePlacesTaken() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		this.nominations.nominate(this.world.consultant, this.world.eligibleClient(),
				new Nomination(pilot.id(), TrajectoryWorld.NOMINATED, "Past"));
		String change = """
				{"providerId": "%s", "name": "Kleiner", "places": %d, "price": "5355.00", "budgetSource": "Werkbudget",
				 "scheduleKind": "YEARS", "schedule": [%s], "nominationFrom": "2005-11-01",
				 "nominationUntil": "2006-04-30", "maxMonths": 18, "version": %d}""";
		String path = "/api/v1/contracts/" + pilot.id();
		String wholePrice = "{\"year\": 2006, \"share\": \"100\"}";
		this.mvc
			.perform(json(put(path), change.formatted(this.world.provider, 0, wholePrice, 0),
					this.world.contractManager))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(json(put(path), change.formatted(this.world.provider, 1, wholePrice, 0),
					this.world.contractManager))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(json(put(path), change.formatted(this.world.provider, 2, wholePrice, 0),
					this.world.contractManager))
			.andExpect(status().isConflict());
		this.mvc.perform(json(put(path), change.formatted(this.world.provider, 1, "", 1), this.world.contractManager))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("schedule"));
	}

	@Test
	void aNominationIsRefusedWithEveryReasonOrCreated() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		UUID young = this.world.client(TrajectoryWorld.eligible()
			.dateOfBirth(LocalDate.of(1983, 6, 1))
			.benefitStartDate(LocalDate.of(2004, 6, 2)), Route.CARE_SUPPORT);
		this.mvc.perform(nominate(young, pilot.id(), "2006-05-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].message", containsString("het contract is voor 23 tot en met 57½ jaar")))
			.andExpect(jsonPath("$.errors[1].message", containsString("minstens 24 maanden")))
			.andExpect(jsonPath("$.errors[2].field").value("nominatedOn"));

		UUID client = this.world.eligibleClient();
		this.mvc.perform(nominate(client, pilot.id(), "2005-12-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("NOMINATED"))
			.andExpect(jsonPath("$.clientName").isNotEmpty());
		this.mvc.perform(nominate(client, pilot.id(), "2005-12-02"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("al een traject")));
		this.mvc.perform(nominate(client, pilot.id(), LocalDate.now().plusDays(1).toString()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void outsideTheWindowANominationWaitsForTheContractManager() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft().exceptionsNeedApproval());
		UUID client = this.world.eligibleClient();
		String id = this.mvc.perform(nominate(client, pilot.id(), "2006-06-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
			.andExpect(jsonPath("$.approvalRules[0]").value("WINDOW"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		this.mvc.perform(get("/api/v1/trajectories").with(user(this.world.contractManager)))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].clientName").value(nullValue()));
		this.mvc.perform(json(put("/api/v1/trajectories/" + id + "/answer"), "{\"accept\": true}", this.world.worker))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(
					json(put("/api/v1/trajectories/" + id + "/approval"), "{\"approve\": true}", this.world.consultant))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put("/api/v1/trajectories/" + id + "/approval"), "{\"approve\": true}",
					this.world.contractManager))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOMINATED"));
	}

	@Test
	void theCourseThroughTheApiWithTasksForTheCaseLeadAndALogOfEveryRead() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		UUID client = this.world.eligibleClient();
		UUID id = this.nominations
			.nominate(this.world.consultant, client, new Nomination(pilot.id(), TrajectoryWorld.NOMINATED, "Past"))
			.id();
		String path = "/api/v1/trajectories/" + id;

		this.mvc
			.perform(json(put(path + "/answer"), "{\"accept\": true, \"answeredOn\": \"2005-12-05\"}",
					this.world.worker))
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		this.mvc.perform(json(put(path + "/start"), "{\"startedOn\": \"2006-01-02\"}", this.world.consultant))
			.andExpect(jsonPath("$.phase").value(1))
			.andExpect(jsonPath("$.maximumEnd").value("2007-07-02"))
			.andExpect(jsonPath("$.warningFrom").value("2007-05-03"));
		assertThat(this.tasks.open(client, TaskType.TRAJECTORY_OVERDUE).orElseThrow().dueDate())
			.isEqualTo(LocalDate.of(2007, 7, 2));
		assertThat(this.tasks.open(client, TaskType.TRAJECTORY_ENDING).orElseThrow().dueDate())
			.isEqualTo(LocalDate.of(2007, 5, 3));
		this.mvc.perform(get("/api/v1/tasks").with(user(this.world.consultant)))
			.andExpect(jsonPath("$.items[?(@.type == 'TRAJECTORY_OVERDUE')].clientId").value(client.toString()));

		this.mvc.perform(json(put(path + "/phase"), "{\"phase\": 2, \"from\": \"2006-04-03\"}", this.world.worker))
			.andExpect(jsonPath("$.phase").value(2));
		this.mvc
			.perform(json(post(path + "/reports"), "{\"date\": \"2006-06-01\", \"text\": \"Dagritme\"}",
					this.world.worker))
			.andExpect(status().isOk());
		this.mvc
			.perform(json(put(path + "/end"), "{\"outcome\": \"DROPPED_OUT\", \"endedOn\": \"2006-09-01\"}",
					this.world.worker))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(json(put(path + "/end"),
					"{\"outcome\": \"DROPPED_OUT\", \"endedOn\": \"2006-09-01\", \"note\": \"Verhuisd\"}",
					this.world.worker))
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.aftercareUntil").value("2007-03-01"))
			.andExpect(jsonPath("$.steps", hasSize(6)));
		assertThat(this.tasks.open(client, TaskType.TRAJECTORY_OVERDUE)).isEmpty();

		this.mvc.perform(get(path).with(user(this.world.consultant))).andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/clients/" + client + "/timeline").param("kind", "TRAJECTORY")
				.with(user(this.world.consultant)))
			.andExpect(jsonPath("$.items", hasSize(6)))
			.andExpect(jsonPath("$.items[0].link").value("/trajectories/" + id));
		this.mvc.perform(get(path).with(user(this.world.worker)))
			.andExpect(jsonPath("$.clientName").value(nullValue()));
		assertThat(actions(this.world.worker, client)).contains("UPDATE", "READ");
		assertThat(actions(this.world.consultant, client)).contains("UPDATE", "READ");
	}

	@Test
	void nobodyOutsideTheTrajectoryGetsAnything() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		UUID client = this.world.eligibleClient();
		UUID id = this.nominations
			.nominate(this.world.consultant, client, new Nomination(pilot.id(), TrajectoryWorld.NOMINATED, "Past"))
			.id();
		String path = "/api/v1/trajectories/" + id;
		CurrentUser otherProvider = this.world.worker(this.world.organisation("Ander bureau"));
		this.mvc.perform(get(path).with(user(otherProvider))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/trajectories").with(user(otherProvider)))
			.andExpect(jsonPath("$.items", hasSize(0)));
		this.mvc.perform(json(put(path + "/answer"), "{\"accept\": true}", otherProvider))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(user(this.world.manager))).andExpect(status().isForbidden());
		CurrentUser elsewhere = this.context.getBean(Fixtures.class).municipality().user(Role.COORDINATOR);
		this.mvc.perform(get(path).with(user(elsewhere))).andExpect(status().isNotFound());
		this.mvc
			.perform(json(post("/api/v1/clients/" + client + "/trajectories"),
					"{\"contractId\": \"%s\", \"motivation\": \"x\"}".formatted(pilot.id()), elsewhere))
			.andExpect(status().isNotFound());
		CurrentUser notCaseLead = this.world.municipality.user(Role.CONSULTANT);
		this.mvc.perform(json(put(path + "/withdrawal"), "{\"text\": \"Niet meer nodig\"}", notCaseLead))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc
			.sql("select action from access_log_entry where user_id = ? and client_id = ? and outcome = 'DENIED'")
			.params(otherProvider.id(), client)
			.query(String.class)
			.list()).contains("READ", "UPDATE");
	}

	@Test
	void aPhaseScheduleOwesAPhaseInTheYearItStartsAndNothingForPhasesNeverReached() {
		ContractView contract = this.world.contract(this.world.delft().perPhase("30", "40", "30"));
		UUID client = this.world.eligibleClient();
		UUID id = this.nominations
			.nominate(this.world.consultant, client, new Nomination(contract.id(), TrajectoryWorld.NOMINATED, "Past"))
			.id();
		this.trajectories.answer(this.world.worker, id,
				new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
		this.trajectories.start(this.world.worker, id, new TrajectoryStart(LocalDate.of(2006, 1, 9), null));
		this.trajectories.changePhase(this.world.worker, id, new PhaseChange(2, LocalDate.of(2007, 2, 1), null, null));
		this.trajectories.end(this.world.worker, id,
				new TrajectoryEnd(Outcome.VOLUNTEER_WORK, LocalDate.of(2007, 3, 1), null, null));

		assertThat(this.budgets.money(List.of(contract.id())).get(contract.id()).committed())
			.isEqualByComparingTo(new BigDecimal("3748.50"));
		assertThat(this.jdbc
			.sql("select year || ':' || amount from budget_commitment where trajectory_id = ? and released_at is null "
					+ "order by phase")
			.param(id)
			.query(String.class)
			.list()).containsExactly("2006:1606.50", "2007:2142.00");
	}

	private List<String> actions(CurrentUser user, UUID client) {
		return this.jdbc.sql("select action from access_log_entry where user_id = ? and client_id = ? order by id")
			.params(user.id(), client)
			.query(String.class)
			.list();
	}

	private MockHttpServletRequestBuilder nominate(UUID client, UUID contract, String date) {
		return json(post("/api/v1/clients/" + client + "/trajectories"),
				"{\"contractId\": \"%s\", \"nominatedOn\": \"%s\", \"motivation\": \"Past in de doelgroep\"}"
					.formatted(contract, date),
				this.world.consultant);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body,
			CurrentUser user) {
		return request.with(csrf()).with(user(user)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void theProvidersTrajectoriesArePagedByKeyAndTheClientsAcceptALimitAndCursor() throws Exception {
		ContractView pilot = this.world.contract(this.world.delft());
		UUID client = null;
		for (int i = 0; i < 5; i++) {
			client = this.world.eligibleClient();
			this.nominations.nominate(this.world.consultant, client,
					new Nomination(pilot.id(), TrajectoryWorld.NOMINATED.plusDays(i % 2), "Past"));
		}
		PagingChecks.pagesThrough(this.mvc, this.world.worker, "/api/v1/trajectories", 2, 5);
		this.mvc
			.perform(get("/api/v1/trajectories").param("clientId", client.toString())
				.param("limit", "1")
				.with(user(this.world.consultant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.next").doesNotExist());
		this.mvc
			.perform(get("/api/v1/trajectories").param("clientId", client.toString())
				.param("next", "%%%%")
				.with(user(this.world.consultant)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theContractsArePagedByKey() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.world.contract(this.world.delft().places(1));
		}
		PagingChecks.pagesThrough(this.mvc, this.world.contractManager, "/api/v1/contracts", 2, 5);
		PagingChecks.pagesThrough(this.mvc, this.world.worker, "/api/v1/contracts", 4, 5);
	}

}
