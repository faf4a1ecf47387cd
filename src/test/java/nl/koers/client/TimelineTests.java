package nl.koers.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.assessment.api.Assessments;
import nl.koers.assessment.api.NewAssessment;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.system.PagingChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client timeline: entries from every module in date order, the filter by kind, and
 * who may read it.
 */
@KoersTest
class TimelineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	String api;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Petra", "Vermeulen").benefitStartDate(LocalDate.of(2018, 1, 1)));
		this.api = "/api/v1/clients/" + this.client.id() + "/timeline";
		this.assessments
			.record(this.consultant, this.client.id(),
					new NewAssessment(
							"FIVE_DOMAINS", LocalDate.of(2020, 1, 2), Map.of("WORK", 1, "HEALTH_AND_ADDICTION", 2,
									"SOCIAL_ENVIRONMENT", 2, "HOUSING_AND_FINANCES", 3, "JUSTICE", 5),
							Map.of(), "Intake"));
		this.routes.decideProfile(this.consultant, this.client.id(),
				new ProfileDecision(ClientProfile.KP4, LocalDate.of(2020, 1, 6), "Uitkomst intake", null));
		this.routes.changeRoute(this.consultant, this.client.id(), new RouteChange(Route.REST, LocalDate.of(2020, 3, 2),
				"Eerst herstellen", LocalDate.of(2020, 9, 1), null));
	}

	@Test
	void showsWhatEveryModuleRecordedNewestFirst() throws Exception {
		this.mvc.perform(get(this.api).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].kind").value(hasItem("EXEMPTION")));
		this.mvc.perform(get(this.api).param("kind", "ROUTE", "PROFILE", "ASSESSMENT").with(user(this.consultant)))
			.andExpect(jsonPath("$.items[*].kind").value(contains("ROUTE", "PROFILE", "ASSESSMENT")))
			.andExpect(jsonPath("$.items[*].date").value(contains("2020-03-02", "2020-01-06", "2020-01-02")))
			.andExpect(jsonPath("$.items[0].titleKey").value("timeline.route.REST"))
			.andExpect(jsonPath("$.items[0].titleArgs[0]").value("01-09-2020"))
			.andExpect(jsonPath("$.items[0].text").value("Eerst herstellen"))
			.andExpect(jsonPath("$.items[2].authorName").value(this.consultant.displayName()));
	}

	@Test
	void isPagedByKeyNewestFirst() throws Exception {
		int total = JsonPath
			.<List<Object>>read(this.mvc.perform(get(this.api).with(user(this.consultant)))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.items")
			.size();
		assertThat(total).isGreaterThan(3);
		PagingChecks.itemsThrough(this.mvc, this.consultant, this.api, 2, total);
		PagingChecks.itemsThrough(this.mvc, this.consultant, this.api + "?kind=ROUTE&kind=PROFILE&kind=ASSESSMENT", 1,
				3);
	}

	@Test
	void filtersByKind() throws Exception {
		this.mvc.perform(get(this.api).param("kind", "ASSESSMENT").param("kind", "PROFILE").with(user(this.consultant)))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[*].kind").value(contains("PROFILE", "ASSESSMENT")));
		Document page = page("/clients/" + this.client.id() + "/timeline?kind=ROUTE");
		assertThat(page.select("ol.timeline li")).hasSize(1);
		assertThat(page.select("ol.timeline").text()).contains("Route: rust tot 01-09-2020", "Eerst herstellen",
				"02-03-2020");
		assertThat(page.select("input[name=kind][checked]").eachAttr("value")).containsExactly("ROUTE");
		assertThat(page.select("input[name=kind]").eachAttr("value")).contains("ASSESSMENT", "PROFILE", "ROUTE");
	}

	@Test
	void isTheLastTabOfTheClientFileAndSpeaksEnglishToo() throws Exception {
		Document file = page("/clients/" + this.client.id());
		assertThat(file.select(".file-tabs a").last().attr("href"))
			.isEqualTo("/clients/" + this.client.id() + "/timeline");
		String english = this.mvc
			.perform(get("/clients/" + this.client.id() + "/timeline").header("HX-Request", "true")
				.param("lang", "en")
				.with(user(this.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(english).text()).contains("Route: rest until 01-09-2020", "Client profile 4 decided")
			.doesNotContain("Vermeulen");
	}

	@Test
	void onlyThoseWhoMayReadTheClientSeeItAndEveryReadIsLogged() throws Exception {
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			this.mvc.perform(get(this.api).with(user(this.municipality.user(role)))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get(this.api).with(user(this.municipality.user(Role.INSTITUTION_WORKER))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.api).with(user(this.fixtures.municipality().user(Role.COORDINATOR))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.api).with(user(this.consultant))).andExpect(status().isOk());
		assertThat(this.jdbc.sql(
				"select outcome from access_log_entry where client_id = ? and action = 'READ' and purpose = ? order by id")
			.params(this.client.id(), "GET /api/v1/clients/{id}/timeline")
			.query(String.class)
			.list()).containsExactly("DENIED", "DENIED", "SUCCESS");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
