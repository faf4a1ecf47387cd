package nl.koers.task;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.task.api.TaskType;
import nl.koers.task.api.Tasks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worklist page: whose tasks, overdue marked in words, the due-within filter, both
 * languages.
 */
@KoersTest
class WorklistPagesTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Municipality municipality;

	CurrentUser consultant;

	CurrentUser colleague;

	ClientView late;

	ClientView soon;

	ClientView later;

	ClientView theirs;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.colleague = this.municipality.user(Role.CONSULTANT);
		this.late = this.municipality.client(this.consultant, Fixtures.details().name("Lotte", "Laat"));
		this.soon = this.municipality.client(this.consultant, Fixtures.details().name("Sam", "Spoedig"));
		this.later = this.municipality.client(this.consultant, Fixtures.details().name("Lars", "Later"));
		this.theirs = this.municipality.client(this.colleague, Fixtures.details().name("Tom", "Anderen"));
		this.today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Amsterdam")));
		schedule(this.late, TaskType.OUTREACH, this.today.minusDays(3), this.consultant);
		schedule(this.soon, TaskType.CARE_REVIEW, this.today, this.consultant);
		schedule(this.later, TaskType.REST_REVIEW, this.today.plusDays(40), this.consultant);
		schedule(this.theirs, TaskType.OUTREACH, this.today.plusDays(1), this.colleague);
	}

	@Test
	void aConsultantSeesTheirOwnTasksByDueDateWithOverdueMarkedInWords() throws Exception {
		Document page = page(this.consultant, "/worklist?within=ALL");
		assertThat(page.select("h1").text()).isEqualTo("Mijn werklijst");
		List<Element> rows = page.select("tbody tr");
		assertThat(rows).extracting(row -> row.select("td a").text())
			.containsExactly("Lotte Laat", "Sam Spoedig", "Lars Later");
		Element overdue = rows.get(0);
		assertThat(overdue.hasClass("overdue")).isTrue();
		assertThat(overdue.text()).contains("Te laat", this.today.minusDays(3).format(DAY),
				"Actief benaderen na niet verschijnen");
		assertThat(overdue.select("a").attr("href")).isEqualTo("/clients/" + this.late.id());
		assertThat(overdue.select("time").attr("datetime")).isEqualTo(this.today.minusDays(3).toString());
		assertThat(rows.get(1).hasClass("overdue")).isFalse();
		assertThat(rows.get(1).text()).contains("Vandaag", "Periodieke evaluatie ondersteuningstraject zorg")
			.doesNotContain("Te laat");
		assertThat(rows.get(2).text()).contains("Einde rustperiode beoordelen").doesNotContain("Te laat");
		assertThat(page.select(".alert").text()).isEqualTo("1 taak is te laat.");
		assertThat(page.text()).doesNotContain("Tom Anderen");
		assertThat(page.select("th").eachText()).doesNotContain("Toegewezen aan");
	}

	@Test
	void theFilterLimitsTheTasksByDueDateAndKeepsOverdueOnes() throws Exception {
		Document fourWeeks = page(this.consultant, "/worklist");
		assertThat(fourWeeks.select("tbody td a").eachText()).containsExactly("Lotte Laat", "Sam Spoedig");
		assertThat(fourWeeks.select("a[aria-current=page]").text()).isEqualTo("4 weken");
		assertThat(fourWeeks.select("nav.filter-links a").eachText()).containsExactly("deze week", "4 weken", "alles");
		Document week = page(this.consultant, "/worklist?within=WEEK");
		assertThat(week.select("tbody td a").eachText()).containsExactly("Lotte Laat", "Sam Spoedig");
		assertThat(week.select("a[aria-current=page]").text()).isEqualTo("deze week");
		schedule(this.later, TaskType.REST_REVIEW, this.today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)),
				this.consultant);
		assertThat(page(this.consultant, "/worklist?within=WEEK").select("tbody td a").eachText())
			.containsExactly("Lotte Laat", "Sam Spoedig", "Lars Later");
		schedule(this.later, TaskType.REST_REVIEW, this.today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)),
				this.consultant);
		assertThat(page(this.consultant, "/worklist?within=WEEK").select("tbody td a").eachText())
			.containsExactly("Lotte Laat", "Sam Spoedig");
		this.mvc.perform(get("/worklist?within=YEAR").with(user(this.consultant))).andExpect(status().isBadRequest());
	}

	@Test
	void aCoordinatorSeesTheMunicipalityWithAssigneesAndUnassignedTasks() throws Exception {
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		ClientView nobodys = this.municipality.client(coordinator, Fixtures.details().name("Nina", "Niemand"));
		this.tasks.schedule(this.municipality.id(), nobodys.id(), TaskType.OUTREACH, this.today.plusDays(2), null);
		Document page = page(coordinator, "/worklist");
		assertThat(page.select("h1").text()).isEqualTo("Werklijst van de gemeente");
		assertThat(page.select("tbody td a").eachText()).containsExactly("Lotte Laat", "Sam Spoedig", "Tom Anderen",
				"Nina Niemand");
		assertThat(page.select("tbody tr").get(2).text()).contains(this.colleague.displayName());
		assertThat(page.select("tbody tr").get(3).text()).contains("Niet toegewezen");
	}

	@Test
	void speaksEnglishOnRequest() throws Exception {
		Document page = page(this.consultant, "/worklist?within=ALL&lang=en");
		assertThat(page.select("h1").text()).isEqualTo("My worklist");
		assertThat(page.select("tbody tr").get(0).text()).contains("Overdue", "Outreach after a no-show");
		assertThat(page.select(".alert").text()).isEqualTo("1 task is overdue.");
		assertThat(page.select("nav.filter-links a").eachText()).containsExactly("this week", "4 weeks", "all");
	}

	@Test
	void anEmptyWorklistSaysSo() throws Exception {
		Document page = page(this.municipality.user(Role.CONSULTANT), "/worklist");
		assertThat(page.select("table")).isEmpty();
		assertThat(page.select(".alert")).isEmpty();
		assertThat(page.text()).contains("Er zijn geen openstaande taken in deze periode.");
	}

	@Test
	void logsAListEntryPerClientShownOnThePage() throws Exception {
		page(this.consultant, "/worklist");
		assertThat(this.jdbc
			.sql("select client_id from access_log_entry where user_id = ? and action = 'LIST' and purpose = ?")
			.params(this.consultant.id(), "GET /worklist")
			.query(java.util.UUID.class)
			.list()).containsExactlyInAnyOrder(this.late.id(), this.soon.id());
	}

	@Test
	void pagesWithHtmxRows() throws Exception {
		for (int i = 0; i < 55; i++) {
			schedule(this.municipality.client(this.consultant), TaskType.OUTREACH, this.today.plusDays(5),
					this.consultant);
		}
		Document first = page(this.consultant, "/worklist");
		assertThat(first.select("tbody tr[id!=more-tasks]")).hasSize(50);
		String more = first.select("#more-tasks a").attr("hx-get");
		assertThat(more).startsWith("/worklist?within=FOUR_WEEKS&next=");
		String rows = this.mvc.perform(get(more).header("HX-Request", "true").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<h1"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parseBodyFragment("<table>" + rows + "</table>").select("tr")).hasSize(7);
	}

	@Test
	void otherRolesAreForbiddenAndAnotherMunicipalitySeesNothing() throws Exception {
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR,
				Role.INSTITUTION_WORKER)) {
			this.mvc.perform(get("/worklist").with(user(this.municipality.user(role))))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Lotte"))));
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.CONSULTANT, Role.COORDINATOR);
		Document page = page(stranger, "/worklist?within=ALL");
		assertThat(page.select("tbody tr")).isEmpty();
		assertThat(page.select("main").text()).doesNotContain("Lotte", "Sam", "Lars", "Tom");
	}

	@Test
	void needsALogin() throws Exception {
		this.mvc.perform(get("/worklist")).andExpect(status().isFound());
	}

	private void schedule(ClientView client, TaskType type, LocalDate due, CurrentUser assignee) {
		this.tasks.schedule(this.municipality.id(), client.id(), type, due, assignee.id());
	}

	private Document page(CurrentUser user, String path) throws Exception {
		String html = this.mvc.perform(get(path).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
