package nl.koers.route;

import java.time.LocalDate;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.Outcome;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.Handover;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.RoutePeriod;
import nl.koers.route.api.RoutePeriodsChanged;
import nl.koers.route.api.Routes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The end of a route carries an outcome: the case lead's forms ask for it when a route
 * other than investigation ends, the API leaves it optional, a handover goes on to
 * re-integration unless told otherwise, and the periods (and their published changes)
 * carry it.
 */
@KoersTest
class RouteOutcomeTests {

	private static final LocalDate JAN = LocalDate.of(2020, 1, 6);

	private static final LocalDate MAR = LocalDate.of(2020, 3, 2);

	private static final LocalDate JUN = LocalDate.of(2020, 6, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	RouteService service;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	String section;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant);
		this.section = "/clients/" + this.client.id() + "/route";
		this.routes.decideProfile(this.consultant, this.client.id(),
				new ProfileDecision(ClientProfile.KP4, JAN, "Intake", null));
	}

	@Test
	void theFormNeedsNoOutcomeWhenInvestigationEnds() throws Exception {
		change("CARE_SUPPORT", MAR, null).andExpect(redirectedUrl(this.section));
	}

	@Test
	void theFormNeedsAnOutcomeWhenAnotherRouteEnds() throws Exception {
		this.routes.changeRoute(this.consultant, this.client.id(),
				new RouteChange(Route.CARE_SUPPORT, MAR, "Zorg eerst", null, null));
		change("REST", JUN, null).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"outcome-error\"")))
			.andExpect(content().string(containsString("Kies de uitkomst van de route die eindigt.")));
		change("TOWARDS_KP3", JUN, "CARE").andExpect(redirectedUrl(this.section));
		Document page = page();
		assertThat(page.select("td.outcome")).hasSize(3);
		assertThat(page.select("td.outcome").eachText()).containsExactly("Zorg");
		assertThat(page.select("span.outcome").text()).isEqualTo("uitkomst: Zorg");
	}

	@Test
	void theProfileFormNeedsAnOutcomeWhenItEndsARouteOtherThanInvestigation() throws Exception {
		this.routes.changeRoute(this.consultant, this.client.id(),
				new RouteChange(Route.REST, MAR, "Rust", LocalDate.of(2020, 9, 1), null));
		profile("KP3", JUN, null).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"outcome-error\"")));
		profile("KP3", JUN, "DAY_ACTIVITIES").andExpect(redirectedUrl(this.section));
		assertThat(history().routePeriods()).last().extracting(RoutePeriod::outcome).isEqualTo(Outcome.DAY_ACTIVITIES);
	}

	@Test
	void theReviewFormNeedsAnOutcomeWhenItChangesTheRoute() throws Exception {
		this.routes.changeRoute(this.consultant, this.client.id(),
				new RouteChange(Route.REST, MAR, "Rust", LocalDate.of(2020, 9, 1), null));
		review(null).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"outcome-error\"")));
		review("SOCIAL_ACTIVATION").andExpect(redirectedUrl(this.section));
		assertThat(history().routePeriods()).extracting(RoutePeriod::outcome)
			.containsExactly(null, Outcome.SOCIAL_ACTIVATION, null);
	}

	@Test
	void aColleagueOrAnotherMunicipalityRecordsNoOutcome() throws Exception {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.COORDINATOR);
		for (RequestPostProcessor other : new RequestPostProcessor[] {
				ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id()), user(elsewhere) }) {
			this.mvc
				.perform(post(this.section + "/change").with(other)
					.with(csrf())
					.param("route", "CARE_SUPPORT")
					.param("effectiveDate", MAR.toString())
					.param("reason", "Zorg")
					.param("outcome", "CARE"))
				.andExpect(status().is4xxClientError());
		}
		assertThat(history().routePeriods()).extracting(RoutePeriod::route).containsExactly(Route.INVESTIGATION);
	}

	@Test
	void theApiLeavesTheOutcomeOptionalAndGivesItBack() throws Exception {
		api("/route-changes",
				"{\"route\": \"REST\", \"effectiveDate\": \"2020-03-02\", \"reviewDate\": \"2020-09-01\", "
						+ "\"reason\": \"Rust\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").doesNotExist());
		api("/route-changes",
				"{\"route\": \"CARE_SUPPORT\", \"effectiveDate\": \"2020-06-01\", \"reason\": \"Zorg\", "
						+ "\"outcome\": \"VOLUNTEER_WORK\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("VOLUNTEER_WORK"));
		api("/route-changes",
				"{\"route\": \"REST\", \"effectiveDate\": \"2020-07-01\", \"reviewDate\": \"2020-09-01\", "
						+ "\"reason\": \"Rust\", \"outcome\": \"RETIRED\"}")
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/clients/{id}/history", this.client.id()).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.routePeriods[1].route").value("REST"))
			.andExpect(jsonPath("$.routePeriods[1].outcome").value("VOLUNTEER_WORK"))
			.andExpect(jsonPath("$.routePeriods[0].outcome").doesNotExist());
	}

	@Test
	void aHandoverGoesOnToReintegrationUnlessToldOtherwise(Scenario scenario) {
		this.routes.changeRoute(this.consultant, this.client.id(),
				new RouteChange(Route.TOWARDS_KP3, MAR, "Klaar voor werk", null, null));
		scenario
			.stimulate(() -> this.routes.handOver(this.consultant, this.client.id(),
					new Handover(JUN, "Werkbedrijf", "Naar KP3", null)))
			.andWaitForEventOfType(RoutePeriodsChanged.class)
			.matching(changed -> changed.clientId().equals(this.client.id())
					&& changed.after().stream().anyMatch(period -> JUN.equals(period.until())))
			.toArriveAndVerify(changed -> assertThat(changed.after()).last()
				.isEqualTo(new RoutePeriod(Route.TOWARDS_KP3, MAR, JUN, RoutePeriod.Kp4Exit.HANDOVER,
						Outcome.REINTEGRATION)));
	}

	@Test
	void aHandoverMayNameAnotherOutcome() {
		this.routes.changeRoute(this.consultant, this.client.id(),
				new RouteChange(Route.TOWARDS_KP3, MAR, "Klaar voor werk", null, null));
		this.routes.handOver(this.consultant, this.client.id(),
				new Handover(JUN, "Werkbedrijf", "Werkt", null, Outcome.PAID_WORK));
		assertThat(history().routePeriods()).last().extracting(RoutePeriod::outcome).isEqualTo(Outcome.PAID_WORK);
	}

	private ClientHistory history() {
		return this.service.history(this.consultant, this.client.id(), null);
	}

	private Document page() throws Exception {
		return Jsoup.parse(this.mvc.perform(get(this.section).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions change(String route, LocalDate date, String outcome) throws Exception {
		var request = post(this.section + "/change").with(user(this.consultant))
			.with(csrf())
			.param("route", route)
			.param("effectiveDate", date.toString())
			.param("reason", "Gesprek");
		if ("REST".equals(route)) {
			request.param("reviewDate", date.plusMonths(6).toString());
		}
		if (outcome != null) {
			request.param("outcome", outcome);
		}
		return this.mvc.perform(request);
	}

	private ResultActions profile(String profile, LocalDate date, String outcome) throws Exception {
		var request = post(this.section + "/profile").with(user(this.consultant))
			.with(csrf())
			.param("profile", profile)
			.param("effectiveDate", date.toString())
			.param("reason", "Besluit");
		if (outcome != null) {
			request.param("outcome", outcome);
		}
		return this.mvc.perform(request);
	}

	private ResultActions review(String outcome) throws Exception {
		var request = post(this.section + "/review").with(user(this.consultant))
			.with(csrf())
			.param("decision", "CHANGE_ROUTE")
			.param("route", "CARE_SUPPORT")
			.param("effectiveDate", JUN.toString())
			.param("reason", "Zorg nodig");
		if (outcome != null) {
			request.param("outcome", outcome);
		}
		return this.mvc.perform(request);
	}

	private ResultActions api(String path, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/clients/{id}" + path, this.client.id()).with(user(this.consultant))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
