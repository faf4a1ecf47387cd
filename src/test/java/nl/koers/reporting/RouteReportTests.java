package nl.koers.reporting;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class RouteReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	Municipality municipality;

	CurrentUser manager;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.manager = this.municipality.user(Role.MANAGER);
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		UUID client = this.municipality.client(consultant, Fixtures.details().name("Geheim", "Persoonsnaam")).id();
		this.routes.decideProfile(consultant, client,
				new ProfileDecision(ClientProfile.KP4, LocalDate.of(2020, 1, 6), "Intake", null));
		this.routes.changeRoute(consultant, client,
				new RouteChange(Route.REST, LocalDate.of(2020, 3, 2), "Rust", LocalDate.of(2021, 3, 2), null));
	}

	@Test
	void theManagerSeesCountsButNoPersonalData() throws Exception {
		this.mvc
			.perform(get("/reports/routes").param("date", "2020-06-01")
				.param("from", "2020-01-01")
				.param("until", "2020-06-30")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Rust")))
			.andExpect(content().string(not(containsString("Persoonsnaam"))));
	}

	@Test
	void theCsvHoldsTheFiguresOfThePage() throws Exception {
		this.mvc
			.perform(get("/reports/routes.csv").param("date", "2020-06-01")
				.param("from", "2020-01-01")
				.param("until", "2020-04-30")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string("""
					Peildatum;In onderzoek;Mogelijk KP3;Ondersteuningstraject zorg;Rust;Totaal KP4\r
					2020-06-01;0;0;0;1;1\r
					2020-01-01;0;0;0;0;0\r
					2020-02-01;1;0;0;0;1\r
					2020-03-01;1;0;0;0;1\r
					2020-04-01;0;0;0;1;1\r
					"""));
	}

	@Test
	void countsOnlyTheCallersMunicipality() throws Exception {
		CurrentUser otherManager = this.fixtures.municipality().user(Role.MANAGER);
		this.mvc.perform(get("/api/v1/reports/routes").param("date", "2020-06-01").with(user(otherManager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		this.mvc.perform(get("/api/v1/reports/routes").param("date", "2020-06-01").with(user(this.manager)))
			.andExpect(jsonPath("$.counts.REST").value(1))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void rolesWithoutManagementInformationGetForbidden() throws Exception {
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.AUDITOR, Role.INSTITUTION_WORKER }) {
			CurrentUser someone = this.municipality.user(role);
			this.mvc.perform(get("/api/v1/reports/routes").param("date", "2020-06-01").with(user(someone)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/reports/routes").with(user(someone))).andExpect(status().isForbidden());
			this.mvc.perform(get("/reports/routes.csv").with(user(someone))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aMissingOrMalformedDateIsABadRequestNamingTheField() throws Exception {
		this.mvc.perform(get("/api/v1/reports/routes").with(user(this.manager)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("date")));
		this.mvc.perform(get("/api/v1/reports/routes").param("date", "2-11-2020").with(user(this.manager)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("date")));
	}

}
