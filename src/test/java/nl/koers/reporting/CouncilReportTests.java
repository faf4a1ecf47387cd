package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.budget.api.BudgetEntry;
import nl.koers.budget.api.SourceBudgets;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
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
 * quarter of 2025; in the third, two move to rest and five to care support. Another
 * municipality has six clients in care support from May 2025.
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
		assertThat(theirs.text()).doesNotContain("Participatiebudget");
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
