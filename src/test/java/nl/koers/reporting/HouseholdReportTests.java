package nl.koers.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.HouseholdMembers;
import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.Households;
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
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two KP4 partners in one household and a KP4 client on their own: three clients, two
 * households; per route, a household counts where one of its members is.
 */
@KoersTest
@TestPropertySource(properties = "koers.reporting.suppression-threshold=1")
class HouseholdReportTests {

	private static final LocalDate INTAKE = LocalDate.of(2021, 1, 4);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Households households;

	@Autowired
	RouteReportService report;

	Municipality municipality;

	CurrentUser manager;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.manager = this.municipality.user(Role.MANAGER);
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		ClientView first = kp4(consultant);
		ClientView partner = kp4(consultant);
		kp4(consultant);
		this.routes.changeRoute(consultant, partner.id(),
				new RouteChange(Route.CARE_SUPPORT, INTAKE.plusMonths(2), "Zorg eerst", null, null));
		this.households.replaceMembers(consultant, first.id(),
				new HouseholdMembers(List.of(new HouseholdMember(HouseholdRelation.PARTNER, partner.givenName(), null,
						partner.familyName(), null, partner.bsn())), 0L));
	}

	@Test
	void aHouseholdCountsOnceHoweverManyMembersAreKp4() {
		RouteCounts clients = this.report.counts(this.manager, INTAKE.plusMonths(1), Counted.CLIENTS);
		RouteCounts households = this.report.counts(this.manager, INTAKE.plusMonths(1), Counted.HOUSEHOLDS);
		assertThat(clients.total()).isEqualTo(3);
		assertThat(households.total()).isEqualTo(2);
		assertThat(households.count(Route.INVESTIGATION)).isEqualTo(2);
	}

	@Test
	void perRouteAHouseholdCountsWhereAMemberIsSoTheTotalMayBeLessThanTheSum() {
		RouteCounts households = this.report.counts(this.manager, INTAKE.plusMonths(3), Counted.HOUSEHOLDS);
		assertThat(households.count(Route.INVESTIGATION)).isEqualTo(2);
		assertThat(households.count(Route.CARE_SUPPORT)).isEqualTo(1);
		assertThat(households.total()).isEqualTo(2);
		assertThat(this.report.counts(this.manager, INTAKE.minusDays(1), Counted.HOUSEHOLDS).total()).isZero();
	}

	@Test
	void theApiCountsHouseholdsOnRequestAndClientsByDefault() throws Exception {
		this.mvc.perform(get("/api/v1/reports/routes").param("date", "2021-02-04").with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3));
		this.mvc
			.perform(get("/api/v1/reports/routes").param("date", "2021-02-04")
				.param("count", "HOUSEHOLDS")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.INVESTIGATION").value(2))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc
			.perform(get("/api/v1/reports/routes").param("date", "2021-02-04")
				.param("count", "FAMILIES")
				.with(user(this.manager)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("count")));
	}

	@Test
	void anotherMunicipalityCountsNoneOfTheseHouseholds() throws Exception {
		CurrentUser other = this.fixtures.municipality().user(Role.MANAGER);
		this.mvc
			.perform(get("/api/v1/reports/routes").param("date", "2021-02-04")
				.param("count", "HOUSEHOLDS")
				.with(user(other)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		this.mvc
			.perform(get("/api/v1/reports/routes").param("date", "2021-02-04")
				.param("count", "HOUSEHOLDS")
				.with(user(this.municipality.user(Role.ADMINISTRATOR))))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePageAndTheCsvCountHouseholdsOnRequest() throws Exception {
		this.mvc
			.perform(get("/reports/routes").param("date", "2021-02-04")
				.param("count", "HOUSEHOLDS")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Totaal huishoudens KP4")));
		String csv = this.mvc
			.perform(get("/reports/routes.csv").param("date", "2021-02-04")
				.param("from", "2021-02-01")
				.param("until", "2021-02-28")
				.param("count", "HOUSEHOLDS")
				.with(user(this.manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).endsWith(";Totaal huishoudens KP4");
		assertThat(lines.get(1)).endsWith(";2021-02-01;2;0;0;0;2");
		assertThat(lines.get(2)).endsWith(";2021-02-04;2;0;0;0;2");
	}

	private ClientView kp4(CurrentUser consultant) {
		ClientView client = this.municipality.client(consultant);
		this.routes.decideProfile(consultant, client.id(),
				new ProfileDecision(ClientProfile.KP4, INTAKE, "Intake", null));
		return client;
	}

}
