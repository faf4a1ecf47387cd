package nl.koers.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.agreement.api.AgreementBroken;
import nl.koers.agreement.api.AgreementOutcome;
import nl.koers.agreement.api.AgreementView;
import nl.koers.agreement.api.Agreements;
import nl.koers.agreement.api.NewAgreement;
import nl.koers.agreement.api.NewAgreementOutcome;
import nl.koers.client.api.ClientView;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.Goals;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
 * The agreements page (also the section of the client file) and its forms, with the same
 * rules as the API.
 */
@KoersTest
@RecordApplicationEvents
class AgreementPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Agreements agreements;

	@Autowired
	Goals goals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

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
		this.page = "/clients/" + this.client.id() + "/agreements";
	}

	@Test
	void theClientFileLoadsTheAgreementsAsASection() throws Exception {
		Document file = html(get("/clients/" + this.client.id()), this.caseLead, 200);
		Element section = file.selectFirst(".file-tabs a[href=" + this.page + "]");
		assertThat(section).isNotNull();
		assertThat(section.text()).contains("Afspraken");
		assertThat(file.select(".file-tabs a").eachText()).containsSubsequence("Doelen", "Afspraken");
		Document fragment = html(get(this.page).header("HX-Request", "true"), this.caseLead, 200);
		assertThat(fragment.select("header, h1")).isEmpty();
		assertThat(fragment.select(".section-content").text()).contains("Er is nog geen afspraak vastgelegd.");
	}

	@Test
	void recordsAnAgreementAndItsOutcomeThroughTheForms() throws Exception {
		assertThat(html(get(this.page + "/new"), this.caseLead, 200).selectFirst("input#madeOn").val())
			.isEqualTo(LocalDate.now().toString());
		this.mvc
			.perform(post(this.page).param("description", "Elke dinsdag naar de dagbesteding")
				.param("madeOn", "2026-02-02")
				.param("provision", "Dagbesteding De Linge")
				.param("costBearing", "true")
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(this.page + "#agreement-*"))
			.andExpect(flash().attribute("flash", "agreement.saved"));
		AgreementView agreement = this.agreements.agreements(this.caseLead, this.client.id()).get(0);
		assertThat(agreement.costBearing()).isTrue();
		String form = this.page + "/" + agreement.id() + "/outcome";
		assertThat(html(get(form), this.caseLead, 200).select("input[type=radio]")).hasSize(4);
		this.mvc
			.perform(post(form).param("outcome", "BROKEN")
				.param("outcomeOn", "2026-03-03")
				.param("validReason", "false")
				.param("explanation", "Niet gekomen, geen bericht")
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(redirectedUrl(this.page));
		assertThat(this.events.stream(AgreementBroken.class)).singleElement()
			.satisfies(broken -> assertThat(broken.tiedToProvision()).isTrue());
		Element shown = html(get(this.page), this.caseLead, 200).selectFirst("article.agreement");
		assertThat(shown.attr("data-outcome")).isEqualTo("BROKEN");
		assertThat(shown.select(".tie").text()).contains("Dagbesteding De Linge", "Kost geld");
		assertThat(shown.select(".outcome").text()).contains("Niet nagekomen", "zonder geldige reden");
		assertThat(shown.select("table.outcomes tbody").text()).contains("03-03-2026", "Niet gekomen, geen bericht");
		assertThat(shown.select("a.button").eachText()).containsExactly("Uitkomst corrigeren");
	}

	@Test
	void invalidInputReRendersWith400AndRefusalsWith422() throws Exception {
		Document invalid = html(post(this.page).param("madeOn", "2026-02-02")
			.param("costBearing", "true")
			.param("description", "Naar de dagbesteding")
			.with(csrf()), this.caseLead, 400);
		assertThat(invalid.selectFirst("#provision-error").text()).isEqualTo("Noem de voorziening die geld kost.");
		AgreementView agreement = this.agreements.make(this.caseLead, this.client.id(),
				new NewAgreement("Belt af", LocalDate.of(2026, 2, 2), null, false, null));
		String form = this.page + "/" + agreement.id() + "/outcome";
		Document incomplete = html(post(form).param("outcome", "BROKEN").param("outcomeOn", "2026-03-03").with(csrf()),
				this.caseLead, 400);
		assertThat(incomplete.selectFirst("#validReason-error").text())
			.isEqualTo("Geef aan of er een geldige reden was.");
		Document refused = html(post(form).param("outcome", "KEPT").param("outcomeOn", "2026-01-01").with(csrf()),
				this.caseLead, 422);
		assertThat(refused.selectFirst("#outcomeOn-error").text())
			.isEqualTo("De uitkomst ligt voor de datum waarop de afspraak is gemaakt.");
		assertThat(this.events.stream(AgreementBroken.class)).isEmpty();
	}

	@Test
	void thePagesSpeakEnglishOnRequest() throws Exception {
		AgreementView agreement = this.agreements.make(this.caseLead, this.client.id(),
				new NewAgreement("Belt af", LocalDate.of(2026, 2, 2), null, false, null));
		Document page = html(get(this.page).param("lang", "en"), this.caseLead, 200);
		assertThat(page.select("h1").text()).isEqualTo("Petra Vermeulen");
		assertThat(page.select(".file-tabs a[aria-current=page]").text()).isEqualTo("Agreements");
		assertThat(page.select(".outcome").text()).contains("Not yet known");
		assertThat(html(get(this.page + "/" + agreement.id() + "/outcome").param("lang", "en"), this.caseLead, 200)
			.select("label")
			.eachText()).contains("Kept", "Broken", "without a valid reason", "Explanation");
		assertThat(html(get(this.page), this.caseLead, 200).select(".outcome").text()).contains("Nog niet bekend");
	}

	@Test
	void theTimelinePageShowsGoalsAndAgreementsInBothLanguages() throws Exception {
		this.goals.set(this.caseLead, this.client.id(),
				new NewGoal(GoalCategory.DAILY_RHYTHM, "Op tijd opstaan", LocalDate.of(2026, 1, 5)));
		AgreementView agreement = this.agreements.make(this.caseLead, this.client.id(),
				new NewAgreement("Belt af", LocalDate.of(2026, 2, 2), null, false, null));
		this.agreements.recordOutcome(this.caseLead, agreement.id(),
				new NewAgreementOutcome(AgreementOutcome.BROKEN, LocalDate.of(2026, 3, 3), false, "Niet gebeld"));
		String timeline = "/clients/" + this.client.id() + "/timeline";
		assertThat(html(get(timeline), this.caseLead, 200).select("ol.timeline > li > a").eachText()).containsExactly(
				"Afspraak niet nagekomen, zonder geldige reden: Belt af", "Afspraak gemaakt", "Doel gesteld: dagritme");
		assertThat(html(get(timeline).param("lang", "en"), this.caseLead, 200).select("ol.timeline .badge").eachText())
			.containsExactly("Agreement", "Agreement", "Goal");
	}

	@Test
	void onlyTheCaseLeadOrACoordinatorGetsTheFormsOthersNothing() throws Exception {
		AgreementView agreement = this.agreements.make(this.caseLead, this.client.id(),
				new NewAgreement("Belt af", LocalDate.of(2026, 2, 2), null, false, null));
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		Cookie session = ReasonOfAccess.given(this.mvc, colleague, this.client.id());
		assertThat(html(get(this.page).cookie(session), colleague, 200).select(".section-content a.button")).isEmpty();
		html(get(this.page + "/new").cookie(session), colleague, 403);
		html(post(this.page + "/" + agreement.id() + "/outcome").param("outcome", "KEPT")
			.param("outcomeOn", "2026-03-03")
			.cookie(session)
			.with(csrf()), colleague, 403);
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		html(get(this.page + "/" + agreement.id() + "/outcome")
			.cookie(ReasonOfAccess.given(this.mvc, coordinator, this.client.id())), coordinator, 200);
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR)) {
			html(get(this.page), this.municipality.user(role), 403);
		}
		html(get(this.page), this.municipality.user(Role.INSTITUTION_WORKER), 404);
		html(get(this.page), this.fixtures.municipality().user(Role.COORDINATOR), 404);
		ClientView other = this.municipality.client(this.caseLead);
		html(get("/clients/" + other.id() + "/agreements/" + agreement.id() + "/outcome"), this.caseLead, 404);
	}

	@Test
	void everyPageIsInTheAccessLog() throws Exception {
		html(get(this.page), this.caseLead, 200);
		html(get(this.page + "/new"), this.caseLead, 200);
		this.mvc
			.perform(post(this.page).param("description", "Belt af")
				.param("madeOn", "2026-02-02")
				.with(csrf())
				.with(user(this.caseLead)))
			.andExpect(status().isFound());
		AgreementView agreement = this.agreements.agreements(this.caseLead, this.client.id()).get(0);
		html(get(this.page + "/" + agreement.id() + "/outcome"), this.caseLead, 200);
		assertThat(actions("GET /clients/{clientId}/agreements")).containsExactly("READ");
		assertThat(actions("GET /clients/{clientId}/agreements/new")).containsExactly("READ");
		assertThat(actions("POST /clients/{clientId}/agreements")).contains("UPDATE");
		assertThat(actions("GET /clients/{clientId}/agreements/{agreementId}/outcome")).containsExactly("READ");
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
