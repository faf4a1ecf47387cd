package nl.koers.screening;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Routes;
import nl.koers.screening.api.NewCampaign;
import nl.koers.screening.api.Screenings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The screening pages: a coordinator starts a campaign, the case lead records an outcome,
 * the progress shows it, a manager sees counts and no names, other roles nothing.
 */
@KoersTest
class ScreeningPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Screenings screenings;

	Municipality municipality;

	CurrentUser coordinator;

	CurrentUser consultant;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Petra", "Vermeulen").caseLead(this.consultant.id()));
		this.routes.decideProfile(this.consultant, this.client.id(),
				new ProfileDecision(ClientProfile.KP4, LocalDate.of(2020, 1, 6), "Uitkomst intake", null));
	}

	@Test
	void aCoordinatorStartsACampaignAndTheCaseLeadRecordsAnOutcome() throws Exception {
		String location = this.mvc
			.perform(post("/screening").param("name", "Screening voorjaar 2020")
				.param("selectionDate", "2020-03-02")
				.with(csrf())
				.with(user(this.coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/screening/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document campaign = page(location, this.consultant);
		assertThat(campaign.select("h1").text()).isEqualTo("Screening voorjaar 2020");
		assertThat(campaign.select("#count-to-do").text()).isEqualTo("1");
		assertThat(campaign.select("table").text()).contains("Petra Vermeulen", "Nog niet bekeken");

		String form = location + "/clients/" + this.client.id();
		assertThat(page(form, this.consultant).select("input[type=radio][name=outcome]")).hasSize(3);
		this.mvc
			.perform(post(form).param("outcome", "OTHER_ROUTE_ADVISED")
				.param("note", "Rust")
				.with(csrf())
				.with(user(this.consultant)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(form).param("outcome", "OTHER_ROUTE_ADVISED")
				.param("advisedRoute", "REST")
				.param("note", "Eerst herstellen")
				.with(csrf())
				.with(user(this.consultant)))
			.andExpect(status().is3xxRedirection());
		Document after = page(location, this.consultant);
		assertThat(after.select("#count-examined").text()).startsWith("1");
		assertThat(after.select("#count-OTHER_ROUTE_ADVISED").text()).isEqualTo("1");
		assertThat(after.select("table").text()).contains("Andere route geadviseerd", "(Rust)", "Eerst herstellen");
	}

	@Test
	void aManagerSeesTheProgressButNoClients() throws Exception {
		UUID id = this.screenings.start(this.coordinator, new NewCampaign("Najaar", LocalDate.of(2020, 3, 2))).id();
		CurrentUser manager = this.municipality.user(Role.MANAGER);
		Document campaign = page("/screening/" + id, manager);
		assertThat(campaign.select("#count-total").text()).isEqualTo("1");
		assertThat(campaign.text()).doesNotContain("Vermeulen");
		assertThat(page("/screening", manager).select("table").text()).contains("Najaar", "0 van 1 bekeken");
		this.mvc.perform(get("/screening/new").with(user(manager))).andExpect(status().isForbidden());
		this.mvc.perform(get("/screening/" + id + "/clients/" + this.client.id()).with(user(manager)))
			.andExpect(status().isForbidden());
	}

	@Test
	void otherRolesAndMunicipalitiesGetNothing() throws Exception {
		UUID id = this.screenings.start(this.coordinator, new NewCampaign("Najaar", LocalDate.of(2020, 3, 2))).id();
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.AUDITOR, Role.INSTITUTION_WORKER,
				Role.CONTRACT_MANAGER }) {
			this.mvc.perform(get("/screening").with(user(this.municipality.user(role))))
				.andExpect(status().isForbidden());
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		this.mvc.perform(get("/screening/" + id).with(user(stranger))).andExpect(status().isNotFound());
		assertThat(page("/screening", stranger).text()).doesNotContain("Najaar");
	}

	@Test
	void closingAClosedCampaignShowsTheCampaignWithTheReason() throws Exception {
		UUID id = this.screenings.start(this.coordinator, new NewCampaign("Najaar", LocalDate.of(2020, 3, 2))).id();
		this.mvc.perform(post("/screening/" + id + "/close").with(csrf()).with(user(this.coordinator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/screening/" + id));
		Document again = Jsoup
			.parse(this.mvc.perform(post("/screening/" + id + "/close").with(csrf()).with(user(this.coordinator)))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(again.select("h1").text()).isEqualTo("Najaar");
		assertThat(again.select("[role=alert] li").text()).isEqualTo("Afgesloten");
		this.mvc.perform(post("/screening/" + id + "/close").with(csrf()).with(user(this.consultant)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theNavigationOffersScreeningToThoseWhoTakePart() throws Exception {
		assertThat(page("/screening", this.consultant).select("nav a[href=/screening]")).hasSize(1);
		assertThat(page("/clients", this.coordinator).select("nav a[href=/screening]")).hasSize(1);
	}

	private Document page(String path, CurrentUser user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
