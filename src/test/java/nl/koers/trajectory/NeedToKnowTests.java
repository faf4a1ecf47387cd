package nl.koers.trajectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.client.api.Outcome;
import nl.koers.contract.api.ContractView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.route.api.Route;
import nl.koers.trajectory.api.Nomination;
import nl.koers.trajectory.api.Nominations;
import nl.koers.trajectory.api.PhaseChange;
import nl.koers.trajectory.api.ProviderAnswer;
import nl.koers.trajectory.api.Trajectories;
import nl.koers.trajectory.api.TrajectoryEnd;
import nl.koers.trajectory.api.TrajectoryNote;
import nl.koers.trajectory.api.TrajectoryStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Need-to-know per view: every page and API endpoint a contract manager or a manager
 * reaches that concerns a client or a trajectory answers without any free text about the
 * client (the nomination's motivation, the provider's reports and answers, notes on
 * phases and ends, a purchase request's reason) and without the client's name or BSN, as
 * docs/security.md promises. The texts sent in the set-up are distinctive, so that any of
 * them in a response is a leak.
 */
@KoersTest
class NeedToKnowTests {

	private static final String MOTIVATION = "Motivatie-Qx7 schulden en verslaving";

	private static final String PHASE_NOTE = "Fasenotitie-Qx7 terugval";

	private static final String REPORT = "Rapportage-Qx7 dagritme wisselend";

	private static final String END_NOTE = "Eindnotitie-Qx7 verhuisd naar opvang";

	private static final String DECLINE = "Afwijzing-Qx7 psychische klachten";

	private static final String PURCHASE_WHY = "Inkoopreden-Qx7 niets past bij zijn situatie";

	private static final String APPROVAL_NOTE = "Goedkeuring-Qx7";

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

	TrajectoryWorld world;

	ContractView pilot;

	/**
	 * The texts no response to a contract manager or manager may hold: the free texts,
	 * and the names and BSNs of the clients.
	 */
	final List<String> secrets = new ArrayList<>(
			List.of(MOTIVATION, PHASE_NOTE, REPORT, END_NOTE, DECLINE, PURCHASE_WHY, APPROVAL_NOTE));

	UUID awaiting;

	UUID running;

	UUID ended;

	UUID declined;

	@BeforeEach
	void setUp() throws Exception {
		this.world = new TrajectoryWorld(this.context);
		this.world.delftBudget();
		this.pilot = this.world.contract(this.world.delft().exceptionsNeedApproval());
		CurrentUser consultant = this.world.consultant;
		CurrentUser worker = this.world.worker;

		this.awaiting = this.nominations
			.nominate(consultant, client("Awaiting"),
					new Nomination(this.pilot.id(), LocalDate.of(2006, 6, 1), MOTIVATION + " A"))
			.id();

		UUID runningClient = client("Running");
		this.running = nominated(runningClient);
		this.trajectories.answer(worker, this.running, new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
		this.trajectories.start(worker, this.running, new TrajectoryStart(LocalDate.of(2006, 1, 2), null));
		this.trajectories.changePhase(worker, this.running,
				new PhaseChange(2, LocalDate.of(2006, 5, 1), PHASE_NOTE, null));
		this.trajectories.report(worker, this.running, new TrajectoryNote(LocalDate.of(2006, 9, 1), REPORT));

		this.ended = nominated(client("Ended"));
		this.trajectories.answer(worker, this.ended, new ProviderAnswer(true, TrajectoryWorld.NOMINATED, null, null));
		this.trajectories.start(worker, this.ended, new TrajectoryStart(LocalDate.of(2006, 1, 2), null));
		this.trajectories.end(consultant, this.ended,
				new TrajectoryEnd(Outcome.OTHER, LocalDate.of(2006, 3, 1), END_NOTE, null));

		this.declined = nominated(client("Declined"));
		this.trajectories.answer(worker, this.declined,
				new ProviderAnswer(false, TrajectoryWorld.NOMINATED, DECLINE, null));

		this.mvc
			.perform(post("/api/v1/purchase-requests").with(user(consultant))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"what": "Dagbesteding", "why": "%s", "estimatedCost": "100.00", "clientId": "%s"}"""
					.formatted(PURCHASE_WHY, runningClient)))
			.andReturn();
		assertThat(this.jdbc.sql("select count(*) from purchase_request where client_id = ?")
			.param(runningClient)
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void aContractManagerReadsNoFreeTextNameOrBsnOnAnyPageOrEndpoint() throws Exception {
		CurrentUser contractManager = this.world.contractManager;
		List<String> paths = new ArrayList<>(List.of("/reports", "/contracts", "/contracts/" + this.pilot.id(),
				"/contracts/monitoring", "/contracts/approvals", "/budgets", "/purchase-requests",
				"/api/v1/trajectories", "/api/v1/contracts", "/api/v1/contracts/" + this.pilot.id(),
				"/api/v1/reports/contracts", "/api/v1/reports/contracts/" + this.pilot.id() + "/overdue",
				"/api/v1/budgets", "/api/v1/reports/budget?year=2006", "/api/v1/purchase-requests"));
		for (UUID trajectory : List.of(this.awaiting, this.running, this.ended, this.declined)) {
			paths.add("/trajectories/" + trajectory);
			paths.add("/api/v1/trajectories/" + trajectory);
		}
		for (String path : paths) {
			assertNothingAbout(get(path), contractManager, path);
		}
		assertThat(body(get("/trajectories/" + this.running), contractManager, 200))
			.as("what the contract manager keeps")
			.contains("Activeringsbureau De Brug", "02-01-2006", "Rapportage", "Activering");
		assertThat(body(get("/api/v1/trajectories"), contractManager, 200)).contains(this.awaiting.toString(),
				"AWAITING_APPROVAL", "WINDOW");
	}

	@Test
	void theContractManagersApprovalAnswersWithoutFreeText() throws Exception {
		String answer = body(
				put("/api/v1/trajectories/" + this.awaiting + "/approval").contentType(MediaType.APPLICATION_JSON)
					.content("{\"approve\": true, \"note\": \"" + APPROVAL_NOTE + "\"}"),
				this.world.contractManager, 200);
		assertThat(answer).contains("NOMINATED");
		assertLeaksNothing(answer, "PUT approval");
		String page = body(post("/trajectories/" + this.awaiting + "/approval").with(csrf())
			.param("approve", "false")
			.param("note", "Afgewezen"), this.world.contractManager, 422);
		assertLeaksNothing(page, "POST approval (already decided)");
	}

	@Test
	void aManagerReadsNoFreeTextNameOrBsnOnAnyPageOrEndpoint() throws Exception {
		CurrentUser manager = this.world.manager;
		for (String path : List.of("/reports", "/contracts", "/contracts/" + this.pilot.id(), "/contracts/monitoring",
				"/budgets", "/api/v1/contracts", "/api/v1/contracts/" + this.pilot.id(), "/api/v1/reports/contracts",
				"/api/v1/reports/contracts/" + this.pilot.id() + "/overdue", "/api/v1/budgets",
				"/api/v1/reports/budget?year=2006")) {
			assertNothingAbout(get(path), manager, path);
		}
		for (UUID trajectory : List.of(this.awaiting, this.running, this.ended, this.declined)) {
			assertLeaksNothing(body(get("/trajectories/" + trajectory), manager, 403), "trajectory page");
			assertLeaksNothing(body(get("/api/v1/trajectories/" + trajectory), manager, 403), "trajectory API");
		}
		assertLeaksNothing(body(get("/purchase-requests"), manager, 403), "purchase requests");
	}

	@Test
	void theClientsOwnSideStillReadsTheFreeText() throws Exception {
		String page = body(get("/trajectories/" + this.running), this.world.consultant, 200);
		assertThat(page).contains(MOTIVATION, PHASE_NOTE, REPORT);
		assertThat(body(get("/purchase-requests"), this.world.coordinator, 200)).contains(PURCHASE_WHY);
	}

	private void assertNothingAbout(MockHttpServletRequestBuilder request, CurrentUser user, String path)
			throws Exception {
		assertLeaksNothing(body(request, user, 200), path);
	}

	private void assertLeaksNothing(String body, String what) {
		for (String secret : this.secrets) {
			assertThat(body).as("%s holds %s", what, secret).doesNotContain(secret);
		}
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser user, int status) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(user))).andReturn();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus())
			.as("%s %s", result.getRequest().getMethod(), result.getRequest().getRequestURI())
			.isEqualTo(status);
		return response.getContentAsString();
	}

	private UUID nominated(UUID client) {
		return this.nominations
			.nominate(this.world.consultant, client,
					new Nomination(this.pilot.id(), TrajectoryWorld.NOMINATED, MOTIVATION))
			.id();
	}

	/**
	 * A client who fits the pilot, with a distinctive name; the name and the BSN join the
	 * texts no contract manager or manager may see.
	 */
	private UUID client(String familyName) {
		String family = "Qx7" + familyName;
		UUID client = this.world.client(TrajectoryWorld.eligible().name("Zwaantje", family), Route.CARE_SUPPORT);
		this.secrets.add(family);
		this.secrets
			.add(this.jdbc.sql("select bsn from client where id = ?").param(client).query(String.class).single());
		return client;
	}

}
