package nl.koers.route;

import java.time.LocalDate;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class RoutePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Tasks tasks;

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
	}

	@Test
	void consultantDecidesKp4AndMovesTheClientToRest() throws Exception {
		this.mvc.perform(get(this.section + "/profile").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"profile\"")));
		this.mvc
			.perform(post(this.section + "/profile").with(user(this.consultant))
				.with(csrf())
				.param("profile", "KP4")
				.param("effectiveDate", "2020-01-06")
				.param("reason", "Uitkomst intake"))
			.andExpect(redirectedUrl(this.section));
		this.mvc
			.perform(post(this.section + "/change").with(user(this.consultant))
				.with(csrf())
				.param("route", "REST")
				.param("effectiveDate", "2020-03-02")
				.param("reviewDate", "2020-09-01")
				.param("reason", "Eerst tot rust komen"))
			.andExpect(redirectedUrl(this.section));
		this.mvc.perform(get(this.section).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rust")))
			.andExpect(content().string(containsString("01-09-2020")))
			.andExpect(content().string(containsString("Eerst tot rust komen")));
	}

	@Test
	void aRefusedChangeShowsTheReasonNextToTheField() throws Exception {
		this.mvc
			.perform(post(this.section + "/change").with(user(this.consultant))
				.with(csrf())
				.param("route", "CARE_SUPPORT")
				.param("effectiveDate", "2020-03-02")
				.param("reason", "Zorg"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("geen klantprofiel 4")));
		this.mvc
			.perform(post(this.section + "/change").with(user(this.consultant))
				.with(csrf())
				.param("route", "REST")
				.param("effectiveDate", "2020-03-02"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
	}

	@Test
	void othersMayNotChangeOrSee() throws Exception {
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		CurrentUser delft = this.fixtures.municipality().user(Role.COORDINATOR);
		CurrentUser manager = this.municipality.user(Role.MANAGER);
		RequestPostProcessor withReason = ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id());
		this.mvc.perform(get(this.section).with(withReason)).andExpect(status().isOk());
		this.mvc.perform(get(this.section + "/profile").with(withReason)).andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.section + "/profile").with(withReason)
				.with(csrf())
				.param("profile", "KP4")
				.param("effectiveDate", "2020-01-06")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.section).with(user(delft))).andExpect(status().isNotFound());
		this.mvc.perform(get(this.section).with(user(manager))).andExpect(status().isForbidden());
	}

	@Test
	void administratorSetsTheReviewIntervalOfTheMunicipality() throws Exception {
		CurrentUser administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.mvc.perform(get("/admin/route-settings").with(user(this.consultant))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/route-settings").with(user(administrator))
				.with(csrf())
				.param("careReviewMonths", "0")
				.param("restReviewLeadDays", "14"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/admin/route-settings").with(user(administrator))
				.with(csrf())
				.param("careReviewMonths", "6")
				.param("restReviewLeadDays", "21"))
			.andExpect(redirectedUrl("/admin/route-settings"));
		this.routes.decideProfile(this.consultant, this.client.id(),
				new ProfileDecision(ClientProfile.KP4, LocalDate.of(2020, 1, 6), "Intake", null));
		this.routes.changeRoute(this.consultant, this.client.id(),
				new RouteChange(Route.CARE_SUPPORT, LocalDate.of(2020, 2, 3), "Zorg", null, null));
		assertThat(this.tasks.open(this.client.id(), TaskType.CARE_REVIEW).orElseThrow().dueDate())
			.isEqualTo(LocalDate.of(2020, 8, 3));
		CurrentUser otherAdministrator = this.fixtures.municipality().user(Role.ADMINISTRATOR);
		this.mvc.perform(get("/admin/route-settings").with(user(otherAdministrator)))
			.andExpect(content().string(containsString("value=\"3\"")));
	}

	@Test
	void theClientFileLoadsTheSection() throws Exception {
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(this.consultant)))
			.andExpect(content().string(containsString("<a href=\"" + this.section + "\"")));
		this.mvc.perform(get(this.section).header("HX-Request", "true").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("section-content")))
			.andExpect(content().string(not(containsString("<html"))));
	}

}
