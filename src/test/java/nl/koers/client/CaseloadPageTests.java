package nl.koers.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.conversation.api.AppointmentPlan;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.Channel;
import nl.koers.conversation.api.Contacts;
import nl.koers.conversation.api.NewContact;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Route;
import nl.koers.route.api.RouteChange;
import nl.koers.route.api.Routes;
import nl.koers.system.CursorPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The caseload's columns that route and conversation keep (route, next review, next
 * appointment, last contact), its orders and route filter, paging in every order, and who
 * sees which clients.
 */
@KoersTest
class CaseloadPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	Appointments appointments;

	@Autowired
	Contacts contacts;

	@Autowired
	ClientService clients;

	@Autowired
	Clock clock;

	Municipality municipality;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		LocalDate today = LocalDate.now(this.clock);
		// Aalders: care support since long ago, so the review is overdue.
		ClientView aalders = client("Anna", "Aalders");
		this.routes.decideProfile(this.consultant, aalders.id(),
				new ProfileDecision(ClientProfile.KP4, LocalDate.of(2020, 1, 6), "Intake", null));
		this.routes.changeRoute(this.consultant, aalders.id(),
				new RouteChange(Route.CARE_SUPPORT, LocalDate.of(2020, 2, 3), "Zorg", null, null));
		// Bakker: in investigation, an appointment tomorrow, a contact yesterday.
		ClientView bakker = client("Bert", "Bakker");
		this.routes.decideProfile(this.consultant, bakker.id(),
				new ProfileDecision(ClientProfile.KP4, today.minusDays(10), "Intake", null));
		this.appointments.plan(this.consultant, bakker.id(),
				new AppointmentPlan(today.plusDays(1).atTime(10, 0), Channel.PHONE, null, null));
		this.contacts.record(this.consultant, bakker.id(),
				new NewContact(today.minusDays(1).atTime(9, 0), Channel.PHONE, "Gebeld.", false));
		// Claassen: no route, nothing planned.
		client("Cor", "Claassen");
	}

	private ClientView client(String given, String family) {
		return this.municipality.client(this.consultant,
				Fixtures.details().name(given, family).caseLead(this.consultant.id()));
	}

	@Test
	void showsTheColumnsWithTheOverdueReviewInWordsAndWithoutTheCaseLead() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		this.mvc.perform(get("/clients").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ondersteuningstraject zorg")))
			.andExpect(content().string(containsString("In onderzoek")))
			.andExpect(content().string(containsString("Geen route")))
			.andExpect(content().string(containsString("03-05-2020")))
			.andExpect(content().string(containsString("te laat")))
			.andExpect(content()
				.string(containsString(today.plusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " 10:00")))
			.andExpect(content()
				.string(containsString(today.minusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))))
			.andExpect(content().string(containsString("Nog geen contact")))
			.andExpect(content().string(not(containsString(">Regievoerder<"))));
	}

	@Test
	void sortsByEachColumn() throws Exception {
		assertThat(order("name")).containsExactly("Aalders", "Bakker", "Claassen");
		assertThat(order("route")).containsExactly("Aalders", "Bakker", "Claassen");
		assertThat(order("review")).startsWith("Aalders");
		assertThat(order("appointment")).startsWith("Bakker");
		assertThat(order("contact")).endsWith("Bakker");
	}

	@Test
	void filtersByRoute() throws Exception {
		this.mvc.perform(get("/clients").param("route", "CARE_SUPPORT").with(user(this.consultant)))
			.andExpect(content().string(containsString("Aalders")))
			.andExpect(content().string(not(containsString("Bakker"))))
			.andExpect(content().string(not(containsString("Claassen"))));
		this.mvc.perform(get("/clients").param("route", "~").with(user(this.consultant)))
			.andExpect(content().string(containsString("Claassen")))
			.andExpect(content().string(not(containsString("Aalders"))));
	}

	@Test
	void pagesInEveryOrderWithoutLosingOrRepeatingAClient() {
		for (CaseloadSort sort : CaseloadSort.values()) {
			List<String> all = names(this.clients.caseloadLines(this.consultant, sort, null, null, 50));
			List<String> paged = new ArrayList<>();
			String next = null;
			do {
				CursorPage<CaseloadLine> page = this.clients.caseloadLines(this.consultant, sort, null, next, 1);
				paged.addAll(names(page));
				next = page.next();
			}
			while (next != null);
			assertThat(paged).as(sort.name()).hasSize(3).isEqualTo(all);
		}
	}

	@Test
	void moreKeepsTheOrderAndTheFilterThroughHtmx() throws Exception {
		for (int i = 0; i < 50; i++) {
			client("Dirk", "Dekker" + (char) ('a' + i / 26) + (char) ('a' + i % 26));
		}
		String first = this.mvc
			.perform(get("/clients").param("sort", "contact").param("route", "~").with(user(this.consultant)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element more = Jsoup.parse(first).selectFirst("#more-row a");
		assertThat(more).isNotNull();
		String next = more.attr("hx-get");
		assertThat(next).contains("sort=contact", "route=");
		String rows = this.mvc.perform(get(next).header("HX-Request", "true").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows).doesNotContain("<html").doesNotContain("Aalders").doesNotContain("Bakker");
		int onFirst = Jsoup.parse(first).select("#client-rows tr:not(#more-row)").size();
		int onSecond = Jsoup.parseBodyFragment("<table>" + rows + "</table>").select("tr:not(#more-row)").size();
		assertThat(onFirst + onSecond).isEqualTo(51);
	}

	@Test
	void theMunicipalityListNamesTheCaseLeadAndAnotherMunicipalityNeverShows() throws Exception {
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		this.mvc.perform(get("/clients").param("sort", "review").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Regievoerder<")))
			.andExpect(content().string(containsString("Test " + this.consultant.getUsername())))
			.andExpect(content().string(containsString("Aalders")));
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.COORDINATOR);
		for (String sort : new String[] { "name", "route", "review", "appointment", "contact" }) {
			this.mvc.perform(get("/clients").param("sort", sort).with(user(elsewhere)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Aalders"))))
				.andExpect(content().string(not(containsString("Bakker"))));
		}
	}

	@Test
	void aUserWithoutTheRightIsForbiddenAndABadCursorIsBadInput() throws Exception {
		this.mvc.perform(get("/clients").param("sort", "route").with(user(this.municipality.user(Role.MANAGER))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Aalders"))));
		this.mvc
			.perform(get("/clients").param("sort", "review")
				.param("next", "bm90LWEtZGF0ZR91dWlk")
				.with(user(this.consultant)))
			.andExpect(status().isBadRequest());
	}

	private List<String> order(String sort) throws Exception {
		String page = this.mvc.perform(get("/clients").param("sort", sort).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> names = new ArrayList<>(List.of("Aalders", "Bakker", "Claassen"));
		names.sort((a, b) -> Integer.compare(page.indexOf(a), page.indexOf(b)));
		return names;
	}

	private static List<String> names(CursorPage<CaseloadLine> page) {
		return page.items().stream().map(line -> line.displayName().replaceAll(".* ", "")).toList();
	}

}
