package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.SourceBudgets;
import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.reporting.api.NewTarget;
import nl.koers.reporting.api.TargetMeasure;
import nl.koers.reporting.api.TargetUnit;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.trajectory.api.TrajectoryEnded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The council report at the default threshold of 5: seven clients enter KP4 in the second
 * quarter of 2025; in the third, two move to rest and five to care support, five reach
 * paid work (one of them twice) and two social activation, against targets set from the
 * third quarter. Another municipality has six clients in care support from May 2025.
 */
@KoersTest
class CouncilReportTests {

	static final String Q3 = "2025-Q3";

	static final String Q2 = "2025-Q2";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	SourceBudgets budgets;

	@Autowired
	RouteFlowService flows;

	@Autowired
	Clock clock;

	@Autowired
	OutcomeFacts outcomeFacts;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	TargetService targets;

	Municipality municipality;

	CurrentUser manager;

	CurrentUser consultant;

	Municipality other;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.manager = this.municipality.user(Role.MANAGER);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		List<UUID> clients = kp4Clients(this.municipality, this.consultant, 7, LocalDate.of(2025, 4, 10));
		for (UUID client : clients.subList(0, 2)) {
			this.routes.changeRoute(this.consultant, client,
					new RouteChange(Route.REST, LocalDate.of(2025, 8, 1), "Rust", LocalDate.of(2026, 2, 1), null));
		}
		for (UUID client : clients.subList(2, 7)) {
			this.routes.changeRoute(this.consultant, client,
					new RouteChange(Route.CARE_SUPPORT, LocalDate.of(2025, 8, 15), "Zorg", null, null));
		}
		for (int i = 0; i < 7; i++) {
			ended(clients.get(i), LocalDate.of(2025, 9, 1), i < 5 ? Outcome.PAID_WORK : Outcome.SOCIAL_ACTIVATION);
		}
		ended(clients.get(0), LocalDate.of(2025, 9, 20), Outcome.PAID_WORK);
		this.targets.set(this.manager, new NewTarget(TargetMeasure.PAID_WORK, TargetUnit.PERCENT, new BigDecimal("30"),
				null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2028, 12, 31)));
		this.targets.set(this.manager, new NewTarget(TargetMeasure.SOCIAL_ACTIVATION, TargetUnit.PERCENT,
				new BigDecimal("33.3"), null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2028, 12, 31)));
		this.budgets.create(this.municipality.user(Role.CONTRACT_MANAGER),
				new BudgetEntry("Participatiebudget", 2025, new BigDecimal("100000.00"), null, null, null, null));
		this.other = this.fixtures.municipality();
		CurrentUser otherConsultant = this.other.user(Role.CONSULTANT);
		for (UUID client : kp4Clients(this.other, otherConsultant, 6, LocalDate.of(2025, 5, 1))) {
			this.routes.changeRoute(otherConsultant, client,
					new RouteChange(Route.CARE_SUPPORT, LocalDate.of(2025, 5, 20), "Zorg", null, null));
		}
	}

	@Test
	void aCouncilReportForTwoQuartersDownloadsAsXlsx() throws Exception {
		XlsxCells xlsx = xlsx(this.manager, Q3, Q2);

		assertThat(xlsx.rows().get(0).get(0).toString()).startsWith("Voor de gemeenteraad – Testgemeente");
		assertThat(xlsx.rows().get(1).get(0)).isEqualTo(
				"2025-Q3 (01-07-2025 tot en met 30-09-2025), vergeleken met 2025-Q2 (01-04-2025 tot en met 30-06-2025)");
		assertThat(xlsx.rows().get(2).get(0).toString()).startsWith("Aantallen onder de 5");
		int stock = xlsx.indexOf("Cliënten per route");
		assertThat(xlsx.rows().get(stock + 1)).containsExactly("Route", "Begin 2025-Q3", "Eind 2025-Q3",
				"Begin 2025-Q2", "Eind 2025-Q2");
		assertThat(xlsx.row("In onderzoek", stock)).containsExactly("In onderzoek", 7.0, 0.0, 0.0, 7.0);
		assertThat(xlsx.row("Rust", stock)).containsExactly("Rust", 0.0, "< 5", 0.0, 0.0);
		assertThat(xlsx.row("Ondersteuningstraject zorg", stock)).as("left out so that rest cannot be worked out")
			.containsExactly("Ondersteuningstraject zorg", 0.0, "< 5", 0.0, 0.0);
		int flows = xlsx.indexOf("Stromen");
		assertThat(xlsx.rows().get(flows + 1)).containsExactly("Stroom", Q3, Q2);
		assertThat(xlsx.row("Nieuw in KP4", flows)).containsExactly("Nieuw in KP4", 0.0, 7.0);
		assertThat(xlsx.row("Van route gewisseld", flows)).containsExactly("Van route gewisseld", "weggelaten", 0.0);
		assertThat(xlsx.row("Uit KP4: Uitstroom uit de uitkering", flows))
			.containsExactly("Uit KP4: Uitstroom uit de uitkering", 0.0, 0.0);
		int outcomes = xlsx.indexOf("Bereikte resultaten");
		assertThat(xlsx.rows().get(outcomes + 1)).containsExactly("Resultaat", Q3, Q2);
		assertThat(xlsx.row("Betaald werk", outcomes)).containsExactly("Betaald werk", 5.0, 0.0);
		assertThat(xlsx.row("Sociale activering", outcomes)).containsExactly("Sociale activering", "< 5", 0.0);
		assertThat(xlsx.row("Zorg", outcomes)).containsExactly("Zorg", 0.0, 0.0);
		int targets = xlsx.indexOf("Doelen en realisatie");
		assertThat(xlsx.rows().get(targets + 1)).containsExactly("Doel", "Streefwaarde", "2025-Q3: gerealiseerd",
				"2025-Q3: verwacht", "2025-Q2: gerealiseerd", "2025-Q2: verwacht");
		List<Object> paidWork = xlsx.row("Naar betaald werk, in procent (01-07-2025 tot en met 31-12-2028)", targets);
		assertThat(paidWork.subList(0, 3))
			.containsExactly("Naar betaald werk, in procent (01-07-2025 tot en met 31-12-2028)", 30.0, 71.4);
		assertThat(paidWork).as("the target had not begun in the second quarter").hasSize(4);
		assertThat(xlsx
			.row("Naar sociale activering of vrijwilligerswerk, in procent (01-07-2025 tot en met 31-12-2028)", targets)
			.get(2)).as("two clients are too few to show a share of").isEqualTo("weggelaten");
		int definitions = xlsx.indexOf("Zo is gemeten");
		assertThat(xlsx.row("Naar betaald werk, in procent (01-07-2025 tot en met 31-12-2028)", definitions)
			.get(1)
			.toString()).startsWith("Cliënten die in de periode betaald werk bereikten");
		int money = xlsx.indexOf("Geld per budgetbron");
		assertThat(xlsx.rows().get(money + 1)).containsExactly("Bron", "2025-Q3: budget 2025",
				"2025-Q3: verplicht 2025", "2025-Q3: besteed 2025", "2025-Q2: budget 2025", "2025-Q2: verplicht 2025",
				"2025-Q2: besteed 2025");
		assertThat(xlsx.row("Participatiebudget", money)).containsExactly("Participatiebudget", 100000.0, 0.0, 0.0,
				100000.0, 0.0, 0.0);
		assertThat(xlsx.indexOf("Plaatsen in contracten")).isGreaterThan(money);
	}

	@Test
	void theFiguresAreThoseOfTheFlowsReportForTheSamePeriods() throws Exception {
		XlsxCells xlsx = xlsx(this.manager, Q3, Q2);
		int stock = xlsx.indexOf("Cliënten per route");
		for (Route route : Route.values()) {
			List<Object> row = xlsx.row(label(route), stock);
			RouteFlows q3 = this.flows.flows(this.manager, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));
			RouteFlows q2 = this.flows.flows(this.manager, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
			assertThat(row.subList(1, 5)).as(route.name())
				.containsExactly(cell(q3.start().get(route)), cell(q3.end().get(route)), cell(q2.start().get(route)),
						cell(q2.end().get(route)));
		}
	}

	@Test
	void theOutcomesAndTargetsAreThoseOfTheirReportsForTheSamePeriods() throws Exception {
		XlsxCells xlsx = xlsx(this.manager, Q3, Q2);
		int outcomes = xlsx.indexOf("Bereikte resultaten");
		Map<Outcome, Long> q3 = this.outcomes.reached(this.manager, LocalDate.of(2025, 7, 1),
				LocalDate.of(2025, 9, 30));
		assertThat(q3.get(Outcome.PAID_WORK)).isEqualTo(5);
		assertThat(xlsx.row("Betaald werk", outcomes).get(1)).isEqualTo(5.0);
		TargetRealisation paidWork = this.targets.on(this.manager, LocalDate.of(2025, 9, 30))
			.stream()
			.filter(target -> target.target().measure() == TargetMeasure.PAID_WORK)
			.findFirst()
			.orElseThrow();
		List<Object> row = xlsx.row("Naar betaald werk, in procent (01-07-2025 tot en met 31-12-2028)",
				xlsx.indexOf("Doelen en realisatie"));
		assertThat(row.get(2)).isEqualTo(paidWork.realised().doubleValue());
		assertThat(row.get(3)).isEqualTo(paidWork.expected().doubleValue());
	}

	@Test
	void anotherMunicipalitysFiguresNeverAppear() throws Exception {
		int stock;
		XlsxCells ours = xlsx(this.manager, Q2, "2025-Q1");
		stock = ours.indexOf("Cliënten per route");
		assertThat(ours.row("Ondersteuningstraject zorg", stock)).containsExactly("Ondersteuningstraject zorg", 0.0,
				0.0, 0.0, 0.0);
		assertThat(ours.text()).contains("Participatiebudget");
		XlsxCells theirs = xlsx(this.other.user(Role.MANAGER), Q2, "2025-Q1");
		stock = theirs.indexOf("Cliënten per route");
		assertThat(theirs.row("Ondersteuningstraject zorg", stock)).containsExactly("Ondersteuningstraject zorg", 0.0,
				6.0, 0.0, 0.0);
		assertThat(theirs.row("In onderzoek", stock)).containsExactly("In onderzoek", 0.0, 0.0, 0.0, 0.0);
		assertThat(theirs.text()).doesNotContain("Participatiebudget").doesNotContain("Naar betaald werk");
		assertThat(theirs.row("Betaald werk", theirs.indexOf("Bereikte resultaten"))).containsExactly("Betaald werk",
				0.0, 0.0);
	}

	@Test
	void thePageIsPrintableAndShowsTheSameTablesWithoutNames() throws Exception {
		this.mvc.perform(get("/reports/council").param("period", Q3).param("compare", Q2).with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Voor de gemeenteraad")))
			.andExpect(content().string(containsString("/css/council.css")))
			.andExpect(content().string(containsString("Begin 2025-Q3")))
			.andExpect(content().string(containsString("&lt; 5")))
			.andExpect(content().string(containsString("/reports/council.xlsx?period=2025-Q3&amp;compare=2025-Q2")))
			.andExpect(content().string(not(containsString("Persoonsnaam"))));
	}

	@Test
	void byDefaultTheLastFullQuarterIsComparedWithTheOneBefore() throws Exception {
		CouncilPeriod last = CouncilPeriod.lastFullQuarter(LocalDate.now(this.clock));
		this.mvc.perform(get("/reports/council").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Begin " + last.name())))
			.andExpect(content().string(containsString("Begin " + last.previous().name())));
		this.mvc.perform(get("/reports/council.xlsx").param("period", "2024").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"council-2024-2023.xlsx\""));
		this.mvc.perform(get("/reports/council").param("period", "2025-Q5").with(user(this.manager)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aConsultantAndOthersWithoutTheBudgetsGetForbidden() throws Exception {
		for (CurrentUser someone : List.of(this.consultant, this.municipality.user(Role.COORDINATOR),
				this.municipality.user(Role.ADMINISTRATOR), this.municipality.user(Role.INSTITUTION_WORKER))) {
			this.mvc.perform(get("/reports/council").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(get("/reports/council.xlsx").param("period", Q3).with(user(someone)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/reports/routes").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/reports/council"))));
		this.mvc.perform(get("/reports/routes").with(user(this.manager)))
			.andExpect(content().string(containsString("/reports/council")));
		this.mvc.perform(get("/reports/council").with(user(this.municipality.user(Role.CONTRACT_MANAGER))))
			.andExpect(status().isOk());
	}

	@Test
	void periodsAreQuartersOrYears() {
		assertThat(CouncilPeriod.parse("2026-Q3", "period"))
			.isEqualTo(new CouncilPeriod("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
		assertThat(CouncilPeriod.parse("2026", "period"))
			.isEqualTo(new CouncilPeriod("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
		assertThat(CouncilPeriod.parse("2026-Q1", "period").previous().name()).isEqualTo("2025-Q4");
		assertThat(CouncilPeriod.parse("2026", "period").previous().name()).isEqualTo("2025");
		assertThat(CouncilPeriod.lastFullQuarter(LocalDate.of(2026, 12, 3)).name())
			.isEqualTo(Q3.replace("2025", "2026"));
		assertThat(CouncilPeriod.lastFullQuarter(LocalDate.of(2026, 1, 1)).name()).isEqualTo("2025-Q4");
	}

	private XlsxCells xlsx(CurrentUser user, String period, String compare) throws Exception {
		byte[] body = this.mvc
			.perform(get("/reports/council.xlsx").param("period", period).param("compare", compare).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxFile.XLSX.toString()))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"council-" + period + "-" + compare + ".xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return XlsxCells.of(body);
	}

	private void ended(UUID client, LocalDate on, Outcome outcome) {
		this.outcomeFacts.on(new TrajectoryEnded(UUID.randomUUID(), client, this.municipality.id(), on, outcome));
	}

	private List<UUID> kp4Clients(Municipality municipality, CurrentUser consultant, int count, LocalDate from) {
		List<UUID> clients = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID client = municipality.client(consultant, Fixtures.details().name("Geheim", "Persoonsnaam")).id();
			this.routes.decideProfile(consultant, client, new ProfileDecision(ClientProfile.KP4, from, "Intake", null));
			clients.add(client);
		}
		return clients;
	}

	private static String label(Route route) {
		return switch (route) {
			case INVESTIGATION -> "In onderzoek";
			case TOWARDS_KP3 -> "Mogelijk KP3";
			case CARE_SUPPORT -> "Ondersteuningstraject zorg";
			case REST -> "Rust";
		};
	}

	private static Object cell(Long count) {
		return count == null ? "< 5" : (Object) count.doubleValue();
	}

}
