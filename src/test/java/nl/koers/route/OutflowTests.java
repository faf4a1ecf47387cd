package nl.koers.route;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.BenefitEnd;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.BenefitEnded;
import nl.koers.client.api.BenefitPeriodView;
import nl.koers.client.api.Benefits;
import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.EventKind;
import nl.koers.route.api.Handover;
import nl.koers.route.api.HistoryEntry;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.system.RefusedException;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A benefit that ends moves the client out of KP4 on that date as outflow: the route
 * period closes, the report no longer counts the client from that date and counts the
 * outflow by reason; open tasks close and the case lead gets a task.
 */
@KoersTest
@TestPropertySource(properties = "koers.reporting.suppression-threshold=1")
class OutflowTests {

	private static final LocalDate KP4 = LocalDate.of(2024, 1, 8);

	@Autowired
	Fixtures fixtures;

	@Autowired
	Benefits benefits;

	@Autowired
	Routes routes;

	@Autowired
	RouteService routeService;

	@Autowired
	Tasks tasks;

	@Autowired
	MockMvc mvc;

	Municipality municipality;

	CurrentUser consultant;

	CurrentUser manager;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.manager = this.municipality.user(Role.MANAGER);
	}

	@Test
	void aBenefitEndClosesKp4AndCountsAsOutflowOnThatDate() throws Exception {
		UUID client = clientOnRest();
		assertThat(this.tasks.open(client, TaskType.REST_REVIEW)).isPresent();
		LocalDate end = this.today.minusDays(10);

		end(client, end, BenefitEndReason.WORK);

		assertThat(this.routes.routeOn(client, end.minusDays(1))).contains(Route.REST);
		assertThat(this.routes.routeOn(client, end)).isEmpty();
		assertThat(this.routeService.history(this.consultant, client, null).routePeriods()).last()
			.satisfies(period -> assertThat(period.outcome()).isEqualTo(Outcome.PAID_WORK));
		assertThat(this.tasks.open(client, TaskType.REST_REVIEW)).isEmpty();
		assertThat(this.tasks.open(client, TaskType.BENEFIT_ENDED))
			.hasValueSatisfying(task -> assertThat(task.assigneeId()).isEqualTo(this.consultant.id()));
		this.mvc
			.perform(get("/api/v1/reports/routes").param("date", end.minusDays(1).toString()).with(user(this.manager)))
			.andExpect(jsonPath("$.counts.REST").value(1))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc.perform(get("/api/v1/reports/routes").param("date", end.toString()).with(user(this.manager)))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc
			.perform(get("/api/v1/reports/outflow").param("from", end.toString())
				.param("until", end.toString())
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outflow.WORK").value(1))
			.andExpect(jsonPath("$.outflow.MOVED").value(0))
			.andExpect(jsonPath("$.total").value(1));
		this.mvc
			.perform(get("/api/v1/reports/outflow").param("from", end.plusDays(1).toString())
				.param("until", this.today.toString())
				.with(user(this.manager)))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theReportCountsOutflowHandoverAndProfileChangeApart() throws Exception {
		LocalDate day = this.today.minusDays(20);
		end(clientOnRest(), day, BenefitEndReason.MOVED);
		UUID handedOver = kp4Client();
		this.routes.changeRoute(this.consultant, handedOver,
				new RouteChange(Route.TOWARDS_KP3, KP4.plusDays(10), "Klaar", null, null));
		this.routes.handOver(this.consultant, handedOver, new Handover(day, "Werkzaam", "KP3-traject", null));
		UUID otherProfile = kp4Client();
		this.routes.decideProfile(this.consultant, otherProfile,
				new ProfileDecision(ClientProfile.KP3, day.plusDays(1), "Herindeling", null));
		this.mvc
			.perform(get("/api/v1/reports/outflow").param("from", day.toString())
				.param("until", this.today.toString())
				.with(user(this.manager)))
			.andExpect(jsonPath("$.outflow.MOVED").value(1))
			.andExpect(jsonPath("$.handedOver").value(1))
			.andExpect(jsonPath("$.profileChanged").value(1))
			.andExpect(jsonPath("$.total").value(3));
		this.mvc
			.perform(get("/reports/outflow.csv").param("from", day.toString())
				.param("until", this.today.toString())
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Uitstroom: verhuisd;1")));
		this.mvc
			.perform(get("/reports/routes").param("from", day.toString())
				.param("until", this.today.toString())
				.with(user(this.manager)))
			.andExpect(content().string(containsString("Overgedragen naar KP3")));
	}

	@Test
	void outflowIsRecordedOnceAndCannotBeWithdrawnOnTheRoute() {
		UUID client = clientOnRest();
		LocalDate end = this.today.minusDays(5);
		BenefitEnded ended = end(client, end, BenefitEndReason.DECEASED);
		this.routeService.recordOutflow(ended);
		HistoryEntry outflow = this.routeService.history(this.consultant, client, null)
			.entries()
			.stream()
			.filter(entry -> entry.kind() == EventKind.OUTFLOW)
			.reduce((a, b) -> {
				throw new AssertionError("outflow recorded twice");
			})
			.orElseThrow();
		assertThat(outflow.reason()).isEqualTo("DECEASED");
		assertThatThrownBy(() -> this.routeService.withdraw(this.consultant, client, outflow.id(),
				new RouteWithdrawalForm("Vergissing")))
			.isInstanceOf(RefusedException.class);
	}

	@Test
	void aClientNotInKp4KeepsItsHistoryButTheCaseLeadIsToldAnyway() {
		UUID client = this.municipality.client(this.consultant).id();
		end(client, this.today.minusDays(2), BenefitEndReason.OTHER);
		assertThat(this.routeService.history(this.consultant, client, null).entries()).isEmpty();
		assertThat(this.tasks.open(client, TaskType.BENEFIT_ENDED)).isPresent();
	}

	@Test
	void anEndDatedBeforeLaterRouteEventsLeavesTheRouteToTheCaseLead() {
		UUID client = clientOnRest();
		end(client, KP4.plusDays(10), BenefitEndReason.OTHER_INCOME);
		assertThat(this.routes.routeOn(client, this.today)).contains(Route.REST);
		assertThat(this.routeService.history(this.consultant, client, null).entries())
			.noneMatch(entry -> entry.kind() == EventKind.OUTFLOW);
		assertThat(this.tasks.open(client, TaskType.BENEFIT_ENDED)).isPresent();
	}

	@Test
	void anOtherMunicipalitysManagerCountsNoneOfThisOutflow() throws Exception {
		LocalDate end = this.today.minusDays(4);
		end(clientOnRest(), end, BenefitEndReason.WORK);
		CurrentUser otherManager = this.fixtures.municipality().user(Role.MANAGER);
		this.mvc
			.perform(get("/api/v1/reports/outflow").param("from", end.toString())
				.param("until", end.toString())
				.with(user(otherManager)))
			.andExpect(jsonPath("$.total").value(0));
		this.mvc
			.perform(get("/api/v1/reports/outflow").param("from", end.toString())
				.param("until", end.toString())
				.with(user(this.municipality.user(Role.AUDITOR))))
			.andExpect(status().isForbidden());
	}

	private UUID kp4Client() {
		UUID client = this.municipality.client(this.consultant).id();
		this.routes.decideProfile(this.consultant, client, new ProfileDecision(ClientProfile.KP4, KP4, "Intake", null));
		return client;
	}

	private UUID clientOnRest() {
		UUID client = kp4Client();
		this.routes.changeRoute(this.consultant, client,
				new RouteChange(Route.REST, KP4.plusDays(30), "Rust", this.today.plusDays(40), null));
		return client;
	}

	private BenefitEnded end(UUID client, LocalDate date, BenefitEndReason reason) {
		BenefitPeriodView period = this.benefits.periods(this.consultant, client).get(0);
		this.benefits.end(this.consultant, client, period.id(), new BenefitEnd(date, reason, period.version()));
		return new BenefitEnded(client, this.municipality.id(), period.id(), date, reason, this.consultant.id(),
				this.consultant.id(), this.consultant.displayName());
	}

}
