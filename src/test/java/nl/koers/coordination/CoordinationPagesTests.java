package nl.koers.coordination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.client.api.ClientView;
import nl.koers.coordination.api.AdviceAnswer;
import nl.koers.coordination.api.AdviceQuestion;
import nl.koers.coordination.api.AdviceRequests;
import nl.koers.coordination.api.NewSignal;
import nl.koers.coordination.api.SignalKind;
import nl.koers.coordination.api.Signals;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.socialmap.api.NewOrganisation;
import nl.koers.socialmap.api.OrganisationKind;
import nl.koers.socialmap.api.SocialMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordination pages: the coordinator's home with the open work and stale map
 * entries, a consultant's requests, the client file section with its forms, answering and
 * following up, the access rules and log, in Dutch and English.
 */
@KoersTest
class CoordinationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AdviceRequests requests;

	@Autowired
	Signals signals;

	@Autowired
	SocialMap socialMap;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser coordinator;

	CurrentUser consultant;

	CurrentUser colleague;

	ClientView client;

	String section;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.colleague = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Petra", "Vermeulen").caseLead(this.consultant.id()));
		this.section = "/clients/" + this.client.id() + "/coordination";
	}

	@Test
	void theCoordinatorsHomeShowsOpenRequestsOpenSignalsAndStaleMapEntries() throws Exception {
		this.requests.ask(this.consultant, new AdviceQuestion("Welke zorg past?", this.client.id()));
		UUID answered = this.requests.ask(this.colleague, new AdviceQuestion("Beantwoorde vraag", null)).id();
		this.requests.answer(this.coordinator, answered, new AdviceAnswer("Zo."));
		this.signals.raise(this.colleague, this.client.id(),
				new NewSignal(SignalKind.ADDICTION, "Rook naar alcohol", LocalDate.now()));
		this.socialMap.create(this.coordinator, new NewOrganisation("Oude praktijk", OrganisationKind.CARE_INSTITUTION,
				null, null, null, null, LocalDate.of(2020, 1, 1), null));
		this.socialMap.create(this.coordinator, new NewOrganisation("Verse praktijk", OrganisationKind.CARE_INSTITUTION,
				null, null, null, null, LocalDate.now(), null));

		this.mvc.perform(get("/").with(user(this.coordinator))).andExpect(redirectedUrl("/coordination"));
		this.mvc.perform(get("/").with(user(this.consultant))).andExpect(redirectedUrl("/worklist"));
		Document home = page(get("/coordination"), this.coordinator);
		assertThat(home.select("#open-requests").text()).contains("Welke zorg past?", "Petra Vermeulen")
			.doesNotContain("Beantwoorde vraag");
		assertThat(home.select("#open-signals").text()).contains("Petra Vermeulen", "Verslaving", "Nieuw");
		assertThat(home.select("#stale-entries").text()).contains("Oude praktijk").doesNotContain("Verse praktijk");
		assertThat(home.select("nav a[href=/coordination]")).hasSize(1);
		assertThat(home.select("main a[href=/worklist]")).hasSize(1);
		page(get("/worklist"), this.coordinator);
		assertThat(purposes(this.coordinator)).contains("LIST GET /coordination");
	}

	@Test
	void aConsultantAsksAndTheCoordinatorAnswersThroughThePages() throws Exception {
		this.mvc
			.perform(post("/coordination/requests").param("question", "Is er een inloop in Leerdam?")
				.with(csrf())
				.with(user(this.consultant)))
			.andExpect(redirectedUrl("/coordination/requests"));
		this.mvc.perform(post("/coordination/requests").param("question", "").with(csrf()).with(user(this.consultant)))
			.andExpect(status().isBadRequest());
		Document mine = page(get("/coordination/requests"), this.consultant);
		assertThat(mine.select("#requests").text()).contains("Is er een inloop in Leerdam?", "Nog niet beantwoord");
		assertThat(mine.select("nav a[href=/coordination/requests]")).hasSize(1);
		String link = mine.select("#requests a").attr("href");
		Document asked = page(get(link), this.consultant);
		assertThat(asked.select("main textarea")).isEmpty();
		assertThat(asked.select("main form[action$=/close]")).hasSize(1);
		assertThat(page(get(link), this.coordinator).select("textarea[name=answer]")).hasSize(1);
		this.mvc
			.perform(
					post(link + "/answer").param("answer", "Ja, op dinsdag.").with(csrf()).with(user(this.coordinator)))
			.andExpect(redirectedUrl("/coordination"));
		this.mvc.perform(post(link + "/answer").param("answer", "Zelf").with(csrf()).with(user(this.consultant)))
			.andExpect(status().isForbidden());
		assertThat(page(get(link), this.consultant).select("#answer").text()).isEqualTo("Ja, op dinsdag.");
		assertThat(page(get("/coordination/requests"), this.colleague).select("#requests")).isEmpty();
		assertThat(page(get(link), this.coordinator).select("main form")).isEmpty();
		this.mvc.perform(post(link + "/close").with(csrf()).with(user(this.consultant))).andExpect(redirectedUrl(link));
		Document closed = page(get(link), this.consultant);
		assertThat(closed.select("#status").text()).isEqualTo("Afgesloten");
		assertThat(closed.select("main form")).isEmpty();
	}

	@Test
	void anInstitutionWorkerAsksGeneralQuestionsOnly() throws Exception {
		CurrentUser institution = this.municipality.user(Role.INSTITUTION_WORKER);
		this.mvc
			.perform(post("/coordination/requests").param("question", "Wie is ons aanspreekpunt?")
				.param("clientId", this.client.id().toString())
				.with(csrf())
				.with(user(institution)))
			.andExpect(redirectedUrl("/coordination/requests"));
		assertThat(page(get("/coordination/requests"), institution).select("#requests").text())
			.contains("Wie is ons aanspreekpunt?", "Algemene vraag");
		this.mvc.perform(get(this.section).with(user(institution))).andExpect(status().isForbidden());
		this.mvc.perform(get("/coordination").with(user(institution))).andExpect(status().isForbidden());
	}

	@Test
	void theClientFileSectionRaisesSignalsAndAsksQuestions() throws Exception {
		RequestPostProcessor colleague = ReasonOfAccess.userWithReason(this.mvc, this.colleague, this.client.id());
		Cookie coordinatorSession = ReasonOfAccess.given(this.mvc, this.coordinator, this.client.id());
		this.mvc
			.perform(post(this.section + "/signals").param("kind", "PSYCHIATRIC")
				.param("observation", "Hoorde stemmen")
				.param("observedOn", LocalDate.now().toString())
				.with(csrf())
				.with(colleague))
			.andExpect(redirectedUrl(this.section));
		this.mvc
			.perform(post(this.section + "/signals").param("observation", "Zonder soort")
				.param("observedOn", LocalDate.now().toString())
				.with(csrf())
				.with(colleague))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(this.section + "/advice-requests").param("question", "Hoe verder?")
				.with(csrf())
				.with(user(this.consultant)))
			.andExpect(redirectedUrl(this.section));
		Document page = page(get(this.section), this.consultant);
		assertThat(page.select("#signals").text()).contains("Psychiatrische problemen", "Hoorde stemmen", "Nieuw");
		assertThat(page.select("#advice-requests").text()).contains("Hoe verder?");
		assertThat(page.select("form#raise-signal input[type=radio][name=kind]")).hasSize(3);
		Document fragment = page(get(this.section).header("HX-Request", "true"), this.consultant);
		assertThat(fragment.select("h1")).isEmpty();
		assertThat(fragment.select(".section-content")).hasSize(1);
		assertThat(page(get("/clients/" + this.client.id()), this.consultant).html()).contains(this.section);
		assertThat(page(get("/clients/" + this.client.id() + "/timeline"), this.consultant).text())
			.contains("Signalering: psychiatrische problemen", "Adviesvraag aan het coördinatiepunt");

		String signal = page.select("#signals a").attr("href");
		assertThat(page(get(signal), this.consultant).select("main form")).isEmpty();
		this.mvc
			.perform(post(signal + "/follow-ups").param("status", "IN_PROGRESS")
				.param("notedOn", LocalDate.now().toString())
				.param("note", "Huisarts gebeld")
				.with(csrf())
				.with(user(this.coordinator))
				.cookie(coordinatorSession))
			.andExpect(redirectedUrl(signal));
		Document followed = page(get(signal).cookie(coordinatorSession), this.coordinator);
		assertThat(followed.select("#status").text()).isEqualTo("In behandeling");
		assertThat(followed.select("#follow-ups").text()).contains("Huisarts gebeld", this.coordinator.displayName());
		assertThat(purposes(this.colleague)).contains("READ POST /clients/{clientId}/coordination/signals");
		assertThat(purposes(this.consultant)).contains("READ GET /clients/{clientId}/coordination",
				"READ POST /clients/{clientId}/coordination/advice-requests", "READ GET /coordination/signals/{id}");
		assertThat(purposes(this.coordinator)).contains("UPDATE POST /coordination/signals/{id}/follow-ups");
	}

	@Test
	void otherRolesGet403AndOtherMunicipalities404() throws Exception {
		UUID signal = this.signals
			.raise(this.consultant, this.client.id(), new NewSignal(SignalKind.BOTH, "Verward", LocalDate.now()))
			.id();
		UUID request = this.requests.ask(this.consultant, new AdviceQuestion("Vraag", this.client.id())).id();
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			CurrentUser user = this.municipality.user(role);
			for (String path : List.of("/coordination", "/coordination/requests", this.section,
					"/coordination/signals/" + signal, "/coordination/requests/" + request)) {
				this.mvc.perform(get(path).with(user(user))).andExpect(status().isForbidden());
			}
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		for (String path : List.of(this.section, "/coordination/signals/" + signal,
				"/coordination/requests/" + request)) {
			this.mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
		}
		assertThat(page(get("/coordination"), stranger).text()).doesNotContain("Vermeulen");
	}

	@Test
	void thePagesSpeakEnglishToo() throws Exception {
		this.signals.raise(this.consultant, this.client.id(),
				new NewSignal(SignalKind.ADDICTION, "Alcohol", LocalDate.now()));
		Document home = page(get("/coordination").param("lang", "en"), this.coordinator);
		assertThat(home.select("h1").text()).isEqualTo("Care coordination point");
		assertThat(home.select("#open-signals").text()).contains("Addiction", "New");
		assertThat(page(get(this.section).param("lang", "en"), this.consultant).select("h2").text())
			.contains("Signals and advice requests");
		assertThat(page(get("/coordination/requests").param("lang", "en"), this.consultant).select("h1").text())
			.isEqualTo("Advice requests to the coordination point");
		assertThat(page(get(this.section), this.consultant).select("h2").text())
			.contains("Signaleringen en adviesvragen");
	}

	private List<String> purposes(CurrentUser user) {
		return this.jdbc.sql("select action || ' ' || purpose from access_log_entry where user_id = ? order by id")
			.param(user.id())
			.query(String.class)
			.list();
	}

	private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
