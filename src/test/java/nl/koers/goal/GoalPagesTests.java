package nl.koers.goal;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientView;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.GoalView;
import nl.koers.goal.api.NewGoal;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The goals page (also the section of the client file) and its forms, with the same rules
 * as the API.
 */
@KoersTest
class GoalPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	GoalService goals;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	String page;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead,
				Fixtures.details().name("Petra", "Vermeulen").caseLead(this.caseLead.id()));
		this.page = "/clients/" + this.client.id() + "/goals";
	}

	@Test
	void theClientFileLoadsTheGoalsAsASection() throws Exception {
		Document file = html(get("/clients/" + this.client.id()), this.caseLead, 200);
		Element section = file.selectFirst(".file-tabs a[href=" + this.page + "]");
		assertThat(section).isNotNull();
		assertThat(section.text()).contains("Doelen");
		Document fragment = html(get(this.page).header("HX-Request", "true"), this.caseLead, 200);
		assertThat(fragment.select("header, h1")).isEmpty();
		assertThat(fragment.select(".section-content").text()).contains("Er is nog geen doel vastgelegd.");
		assertThat(fragment.select(".section-content a.button").eachAttr("href")).containsExactly(this.page + "/new");
	}

	@Test
	void setsAGoalRecordsProgressAndAchievesItThroughTheForms() throws Exception {
		Document form = html(get(this.page + "/new"), this.caseLead, 200);
		assertThat(form.select("select#category option")).hasSize(7);
		assertThat(form.selectFirst("input#startDate").val()).isEqualTo(LocalDate.now().toString());
		this.mvc
			.perform(post(this.page).param("category", "VOLUNTEER_WORK")
				.param("description", "Ik wil bij de kringloop helpen")
				.param("startDate", "2026-01-05")
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(this.page + "#goal-*"))
			.andExpect(flash().attribute("flash", "goal.saved"));
		GoalView goal = this.goals.goals(this.caseLead, this.client.id()).get(0);
		String goalPage = this.page + "/" + goal.id();
		assertThat(html(get(goalPage + "/progress"), this.caseLead, 200).text()).contains("Vrijwilligerswerk",
				"Ik wil bij de kringloop helpen");
		this.mvc
			.perform(post(goalPage + "/progress").param("notedOn", "2026-02-01")
				.param("note", "Twee ochtenden meegedraaid")
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(redirectedUrl(this.page));
		Document statusForm = html(get(goalPage + "/status"), this.caseLead, 200);
		assertThat(statusForm.selectFirst("select#status option[selected]").val()).isEqualTo("ACHIEVED");
		assertThat(statusForm.selectFirst("input[name=version]").val()).isEqualTo("0");
		this.mvc
			.perform(post(goalPage + "/status").param("status", "ACHIEVED")
				.param("changedOn", "2026-03-01")
				.param("reason", "Heeft een vaste plek")
				.param("version", "0")
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(redirectedUrl(this.page));
		Element shown = html(get(this.page), this.caseLead, 200).selectFirst("article.goal");
		assertThat(shown.attr("data-status")).isEqualTo("ACHIEVED");
		assertThat(shown.select(".progress-notes").text()).contains("01-02-2026", "Twee ochtenden meegedraaid");
		assertThat(shown.select("table.status-history tbody").text()).contains("01-03-2026", "Bereikt",
				"Heeft een vaste plek");
		assertThat(shown.select("a.button").eachText()).containsExactly("Weer actief maken");
	}

	@Test
	void invalidInputReRendersWith400AndRefusalsWith422() throws Exception {
		Document invalid = html(post(this.page).param("description", " ").param("startDate", "2026-01-05").with(csrf()),
				this.caseLead, 400);
		assertThat(invalid.selectFirst("#category-error").text()).isEqualTo("Dit veld is verplicht.");
		assertThat(invalid.selectFirst("#description-error").text()).isEqualTo("Dit veld is verplicht.");
		GoalView goal = this.goals.set(this.caseLead, this.client.id(),
				new NewGoal(GoalCategory.SELF_ESTEEM, "Ik wil me minder schamen", LocalDate.of(2026, 1, 5)));
		Document refused = html(post(this.page + "/" + goal.id() + "/progress").param("notedOn", "2025-12-01")
			.param("note", "Te vroeg")
			.with(csrf()), this.caseLead, 422);
		assertThat(refused.selectFirst("#notedOn-error").text())
			.isEqualTo("De datum ligt voor de startdatum van het doel.");
		Document stale = html(post(this.page + "/" + goal.id() + "/status").param("status", "STOPPED")
			.param("changedOn", "2026-02-01")
			.param("reason", "Geen zin meer")
			.param("version", "7")
			.with(csrf()), this.caseLead, 409);
		assertThat(stale.select(".alert").text()).contains("intussen door iemand anders gewijzigd");
	}

	@Test
	void thePagesSpeakEnglishOnRequest() throws Exception {
		this.goals.set(this.caseLead, this.client.id(),
				new NewGoal(GoalCategory.PAID_WORK, "Een baan in de bouw", LocalDate.of(2026, 1, 5)));
		Document page = html(get(this.page).param("lang", "en"), this.caseLead, 200);
		assertThat(page.select("h1").text()).isEqualTo("Petra Vermeulen");
		assertThat(page.select(".file-tabs a[aria-current=page]").text()).isEqualTo("Goals");
		assertThat(page.select("article.goal h3").text()).contains("Paid work", "Active");
		assertThat(html(get(this.page + "/new").param("lang", "en"), this.caseLead, 200).select("label").eachText())
			.contains("Kind of goal", "Description", "Start date");
		assertThat(html(get(this.page), this.caseLead, 200).select("article.goal h3").text()).contains("Betaald werk",
				"Actief");
	}

	@Test
	void onlyTheCaseLeadOrACoordinatorGetsTheFormsOthersNothing() throws Exception {
		GoalView goal = this.goals.set(this.caseLead, this.client.id(),
				new NewGoal(GoalCategory.OTHER, "Zelf boodschappen doen", LocalDate.of(2026, 1, 5)));
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		Cookie session = ReasonOfAccess.given(this.mvc, colleague, this.client.id());
		assertThat(html(get(this.page).cookie(session), colleague, 200).select(".section-content a.button")).isEmpty();
		html(get(this.page + "/new").cookie(session), colleague, 403);
		html(get(this.page + "/" + goal.id() + "/status").cookie(session), colleague, 403);
		html(post(this.page).param("category", "OTHER")
			.param("description", "x")
			.param("startDate", "2026-01-05")
			.cookie(session)
			.with(csrf()), colleague, 403);
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		html(get(this.page + "/" + goal.id() + "/progress")
			.cookie(ReasonOfAccess.given(this.mvc, coordinator, this.client.id())), coordinator, 200);
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR)) {
			html(get(this.page), this.municipality.user(role), 403);
		}
		html(get(this.page), this.municipality.user(Role.INSTITUTION_WORKER), 404);
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		html(get(this.page), stranger, 404);
		ClientView other = this.municipality.client(this.caseLead);
		html(get("/clients/" + other.id() + "/goals/" + goal.id() + "/progress"), this.caseLead, 404);
	}

	@Test
	void everyPageIsInTheAccessLog() throws Exception {
		html(get(this.page), this.caseLead, 200);
		html(get(this.page + "/new"), this.caseLead, 200);
		this.mvc
			.perform(post(this.page).param("category", "OTHER")
				.param("description", "Zelf boodschappen doen")
				.param("startDate", "2026-01-05")
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(status().isFound());
		assertThat(actions("GET /clients/{clientId}/goals")).containsExactly("READ");
		assertThat(actions("GET /clients/{clientId}/goals/new")).containsExactly("READ");
		assertThat(actions("POST /clients/{clientId}/goals")).contains("UPDATE");
	}

	private List<String> actions(String purpose) {
		return this.jdbc
			.sql("select action from access_log_entry where user_id = ? and client_id = ? and purpose = ? order by id")
			.params(this.caseLead.id(), this.client.id(), purpose)
			.query(String.class)
			.list();
	}

	private Document html(MockHttpServletRequestBuilder request, CurrentUser user, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(user)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
