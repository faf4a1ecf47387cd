package nl.koers.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.identity.api.UserDirectory;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Small numbers in the route report, the outflow report and their files, at the default
 * threshold of 5: eight clients enter KP4 in January 2020, two move to rest in March and
 * one leaves KP4 by a profile decision in April, so that on 1 June 2020 five are under
 * investigation, two are resting and seven are KP4.
 */
@KoersTest
class RouteReportSuppressionTests {

	static final LocalDate INTAKE = LocalDate.of(2020, 1, 6);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	UserDirectory directory;

	Municipality municipality;

	CurrentUser manager;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.manager = this.municipality.user(Role.MANAGER);
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		List<UUID> clients = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			UUID client = this.municipality.client(consultant, Fixtures.details().name("Geheim", "Persoonsnaam")).id();
			this.routes.decideProfile(consultant, client,
					new ProfileDecision(ClientProfile.KP4, INTAKE, "Intake", null));
			clients.add(client);
		}
		for (UUID client : clients.subList(0, 2)) {
			this.routes.changeRoute(consultant, client,
					new RouteChange(Route.REST, LocalDate.of(2020, 3, 2), "Rust", LocalDate.of(2021, 3, 2), null));
		}
		this.routes.decideProfile(consultant, clients.get(7),
				new ProfileDecision(ClientProfile.KP3, LocalDate.of(2020, 4, 1), "Herindeling", null));
	}

	@Test
	void theApiLeavesOutSmallCountsAndWhatWouldGiveThemAwayAndNamesThem() throws Exception {
		this.mvc.perform(get("/api/v1/reports/routes").param("date", "2020-06-01").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.REST").value(nullValue()))
			.andExpect(jsonPath("$.counts.INVESTIGATION").value(nullValue()))
			.andExpect(jsonPath("$.counts.TOWARDS_KP3").value(0))
			.andExpect(jsonPath("$.total").value(7))
			.andExpect(jsonPath("$.suppressed", containsInAnyOrder("counts.REST", "counts.INVESTIGATION")))
			.andExpect(jsonPath("$.threshold").value(5));
		this.mvc.perform(get("/api/v1/reports/routes").param("date", "2020-01-06").with(user(this.manager)))
			.andExpect(jsonPath("$.counts.INVESTIGATION").value(8))
			.andExpect(jsonPath("$.total").value(8))
			.andExpect(jsonPath("$.suppressed").isEmpty());
		this.mvc
			.perform(get("/api/v1/reports/outflow").param("from", "2020-01-01")
				.param("until", "2020-06-30")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profileChanged").value(nullValue()))
			.andExpect(jsonPath("$.total").value(nullValue()))
			.andExpect(jsonPath("$.handedOver").value(0))
			.andExpect(jsonPath("$.suppressed", containsInAnyOrder("profileChanged", "total")));
	}

	@Test
	void anotherMunicipalityCountsNoneOfThem() throws Exception {
		CurrentUser other = this.fixtures.municipality().user(Role.MANAGER);
		this.mvc.perform(get("/api/v1/reports/routes").param("date", "2020-06-01").with(user(other)))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suppressed").isEmpty());
	}

	@Test
	void thePageShowsSmallNumbersAsBelowTheThresholdAndSaysSo() throws Exception {
		this.mvc
			.perform(get("/reports/routes").param("date", "2020-06-01")
				.param("from", "2020-01-01")
				.param("until", "2020-06-30")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt; 5")))
			.andExpect(content().string(containsString("Aantallen onder de 5")))
			.andExpect(content().string(containsString("/reports/routes.xlsx")))
			.andExpect(content().string(not(containsString("Persoonsnaam"))));
	}

	@Test
	void theCsvShowsSmallNumbersAsBelowTheThresholdAndSaysSo() throws Exception {
		String name = this.directory.municipalityName(this.municipality.id()).orElseThrow();
		String csv = this.mvc
			.perform(get("/reports/routes.csv").param("date", "2020-06-01")
				.param("from", "2020-05-01")
				.param("until", "2020-05-31")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(name + ";2020-06-01;< 5;0;0;< 5;7\r\n")
			.contains(name + ";;\"Aantallen onder de 5")
			.doesNotContain("Persoonsnaam");
		String outflow = this.mvc
			.perform(get("/reports/outflow.csv").param("from", "2020-01-01")
				.param("until", "2020-06-30")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(outflow).contains(";Ander klantprofiel;< 5\r\n")
			.contains(";Totaal KP4;< 5\r\n")
			.contains(";\"Aantallen onder de 5");
	}

	@Test
	void theRouteReportDownloadsAsXlsxWithTheSameFigures() throws Exception {
		byte[] body = this.mvc
			.perform(get("/reports/routes.xlsx").param("date", "2020-06-01")
				.param("from", "2020-01-01")
				.param("until", "2020-06-30")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxFile.XLSX.toString()))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"routes-2020-06-01.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		XlsxCells xlsx = XlsxCells.of(body);
		String name = this.directory.municipalityName(this.municipality.id()).orElseThrow();
		assertThat(xlsx.rows().get(0)).containsExactly("Cliënten per route – " + name);
		assertThat(xlsx.rows().get(1).get(0).toString()).contains("01-06-2020");
		assertThat(xlsx.rows().get(2).get(0).toString()).startsWith("Aantallen onder de 5");
		assertThat(xlsx.row("2020-01-01")).containsExactly("2020-01-01", 0.0, 0.0, 0.0, 0.0, 0.0);
		assertThat(xlsx.row("2020-02-01")).containsExactly("2020-02-01", 8.0, 0.0, 0.0, 0.0, 8.0);
		assertThat(xlsx.row("2020-06-01")).containsExactly("2020-06-01", "< 5", 0.0, 0.0, "< 5", 7.0);
		assertThat(xlsx.row("Ander klantprofiel")).containsExactly("Ander klantprofiel", "< 5");
		assertThat(xlsx.row("Uitstroom: werk")).containsExactly("Uitstroom: werk", 0.0);
		assertThat(xlsx.text()).doesNotContain("Persoonsnaam");
	}

	@Test
	void theFlowsDownloadAsXlsxWithTheSameFigures() throws Exception {
		byte[] body = this.mvc
			.perform(get("/reports/flows.xlsx").param("from", "2020-01-01")
				.param("until", "2020-06-30")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxFile.XLSX.toString()))
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"flows-2020-01-01-2020-06-30.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		XlsxCells xlsx = XlsxCells.of(body);
		assertThat(xlsx.rows().get(0).get(0).toString()).startsWith("Stromen tussen routes");
		assertThat(xlsx.rows().get(2).get(0).toString()).startsWith("Aantallen onder de 5");
		assertThat(xlsx.row("In onderzoek")).containsExactly("In onderzoek", 0.0, 8.0, "< 5", 5.0);
		assertThat(xlsx.row("Rust")).containsExactly("Rust", 0.0, "< 5", 0.0, "< 5");
		assertThat(xlsx.row("Nieuw in KP4")).containsExactly("Nieuw in KP4", "In onderzoek", 8.0);
		assertThat(xlsx.text()).doesNotContain("Persoonsnaam");
		this.mvc.perform(get("/reports/flows").with(user(this.manager)))
			.andExpect(content().string(containsString("/reports/flows.xlsx")));
	}

	@Test
	void rolesWithoutManagementInformationGetNoFile() throws Exception {
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.AUDITOR, Role.INSTITUTION_WORKER }) {
			CurrentUser someone = this.municipality.user(role);
			this.mvc.perform(get("/reports/routes.xlsx").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(get("/reports/flows.xlsx").with(user(someone))).andExpect(status().isForbidden());
		}
	}

}
