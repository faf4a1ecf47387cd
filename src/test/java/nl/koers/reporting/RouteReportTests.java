package nl.koers.reporting;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.Accounts;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.UserDirectory;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.system.CsvWriterTests;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
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
@TestPropertySource(properties = "koers.reporting.suppression-threshold=1")
class RouteReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDirectory directory;

	@Autowired
	UserDetailsService userDetails;

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
	void theCsvHoldsTheFiguresOfThePageInDateOrderWithTheMunicipality() throws Exception {
		byte[] body = this.mvc
			.perform(get("/reports/routes.csv").param("date", "2020-02-15")
				.param("from", "2020-01-01")
				.param("until", "2020-04-30")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"routes-2020-02-15.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String name = this.directory.municipalityName(this.municipality.id()).orElseThrow();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("""
				\uFEFFGemeente;Peildatum;In onderzoek;Mogelijk KP3;Ondersteuningstraject zorg;Rust;Totaal KP4\r
				%1$s;2020-01-01;0;0;0;0;0\r
				%1$s;2020-02-01;1;0;0;0;1\r
				%1$s;2020-02-15;1;0;0;0;1\r
				%1$s;2020-03-01;1;0;0;0;1\r
				%1$s;2020-04-01;0;0;0;1;1\r
				""".formatted(name));
	}

	@Test
	void theCsvRowsStayInDateOrderWhenTheReferenceDateIsOutsideThePeriod() throws Exception {
		String csv = this.mvc
			.perform(get("/reports/routes.csv").param("date", "2020-06-01")
				.param("from", "2020-01-01")
				.param("until", "2020-02-28")
				.with(user(this.manager)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).map(line -> line.split(";")[1]).toList()).containsExactly("2020-01-01",
				"2020-02-01", "2020-06-01");
	}

	@Test
	void aMunicipalityNameThatLooksLikeAFormulaIsNeutralisedInTheCsv() throws Exception {
		for (String payload : CsvWriterTests.PAYLOADS) {
			String code = "F" + UUID.randomUUID().toString().substring(0, 8);
			UUID municipalityId = this.accounts.createMunicipality(code, payload);
			String username = code.toLowerCase() + "-manager";
			this.accounts.createUser(
					new NewUser(municipalityId, null, username, "Manager", Fixtures.PASSWORD, Set.of(Role.MANAGER)));
			CurrentUser manager = (CurrentUser) this.userDetails.loadUserByUsername(username);
			String csv = this.mvc
				.perform(get("/reports/routes.csv").param("date", "2020-06-01")
					.param("from", "2020-06-01")
					.param("until", "2020-06-30")
					.with(user(manager)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<CSVRecord> records = CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.get()
				.parse(new StringReader(csv.substring(1)))
				.getRecords();
			assertThat(records).hasSize(2);
			assertThat(records.get(1).get(0)).isEqualTo("'" + payload);
			for (CSVRecord record : records) {
				record.forEach(cell -> assertThat(CsvWriterTests.neutralised(cell)).as(cell).isTrue());
			}
		}
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
