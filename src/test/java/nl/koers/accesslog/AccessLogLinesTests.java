package nl.koers.accesslog;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.accesslog.api.AccessAction;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.CursorPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auditor's page: one line per access with every client of a list behind a
 * disclosure, screen names instead of paths, filters by user, client, period and action,
 * and paging by whole accesses.
 */
@KoersTest
class AccessLogLinesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessLogService log;

	@Autowired
	ScreenNames screens;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	CurrentUser auditor;

	List<ClientView> clients;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.auditor = this.municipality.user(Role.AUDITOR);
		this.clients = List.of(client("Anke", "Akkerman"), client("Bas", "Brouwer"), client("Carla", "Claes"));
	}

	private ClientView client(String given, String family) {
		return this.municipality.client(this.consultant,
				Fixtures.details().name(given, family).caseLead(this.consultant.id()));
	}

	@Test
	void aListIsOneLineThatStillNamesEveryClientItShowed() throws Exception {
		this.mvc.perform(get("/clients").with(user(this.consultant))).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + this.clients.get(1).id()).with(user(this.consultant)))
			.andExpect(status().isOk());
		Document page = page("/access-log?userId=" + this.consultant.id());
		List<Element> lists = page.select("#access-lines tbody tr")
			.stream()
			.filter(row -> row.select("td.screen").text().equals("Cliëntenlijst"))
			.toList();
		assertThat(lists).hasSize(1);
		Element list = lists.get(0);
		assertThat(list.select("td.screen").attr("title")).isEqualTo("GET /clients");
		assertThat(list.select("details.clients summary").text()).isEqualTo("3 cliënten");
		assertThat(list.select("details.clients li")).hasSize(3);
		assertThat(list.select("details.clients").text()).contains("Akkerman", "Brouwer", "Claes");
		int logged = this.jdbc
			.sql("select count(*) from access_log_entry where municipality_id = ? and user_id = ? and action = 'LIST'")
			.params(this.municipality.id(), this.consultant.id())
			.query(Integer.class)
			.single();
		assertThat(list.select("details.clients li")).hasSize(logged);
		assertThat(page.select("#access-lines td.screen").eachText()).contains("Cliëntdossier");
		assertThat(page.text()).doesNotContain("GET /clients/{id}");
	}

	@Test
	void theClientOverviewNamesTheScreensOfEachUserAndDay() throws Exception {
		this.mvc.perform(get("/clients").with(user(this.consultant))).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + this.clients.get(1).id()).with(user(this.consultant)))
			.andExpect(status().isOk());
		Document overview = page("/access-log/clients/" + this.clients.get(1).id());
		assertThat(overview.select("td.screens li").eachText()).contains("Cliëntenlijst", "Cliëntdossier");
		assertThat(overview.select("td.screens li").eachAttr("title")).contains("GET /clients", "GET /clients/{id}");
	}

	@Test
	void filtersByActionPeriodClientAndUser() throws Exception {
		this.mvc.perform(get("/clients").with(user(this.consultant))).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + this.clients.get(0).id()).with(user(this.consultant)))
			.andExpect(status().isOk());
		assertThat(page("/access-log?action=LIST").select("td.screen").eachText()).contains("Cliëntenlijst")
			.doesNotContain("Cliëntdossier");
		assertThat(page("/access-log?action=READ").select("td.screen").eachText()).contains("Cliëntdossier")
			.doesNotContain("Cliëntenlijst");
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		assertThat(page("/access-log?from=" + tomorrow).select("#access-lines")).isEmpty();
		Document oneClient = page("/access-log?clientId=" + this.clients.get(2).id());
		assertThat(oneClient.select("#client-filter").text()).contains("Claes");
		assertThat(oneClient.select("#access-lines td").text()).doesNotContain("Akkerman");
		CurrentUser someoneElse = this.municipality.user(Role.CONSULTANT);
		assertThat(page("/access-log?userId=" + someoneElse.id()).select("#access-lines")).isEmpty();
	}

	@Test
	void pagesByWholeAccessesAndLosesNoClient() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/clients").with(user(this.consultant))).andExpect(status().isOk());
		}
		AccessLogFilter filter = new AccessLogFilter(null, this.consultant.id(), null, null, AccessAction.LIST);
		Set<UUID> seen = new HashSet<>();
		int lines = 0;
		String next = null;
		do {
			CursorPage<AccessLine> page = this.log.lines(this.auditor, filter, next, 1, 1000);
			assertThat(page.items()).hasSize(1);
			assertThat(page.items().get(0).clientIds()).hasSize(3);
			seen.addAll(page.items().get(0).clientIds());
			lines++;
			next = page.next();
		}
		while (next != null);
		assertThat(lines).isEqualTo(3);
		assertThat(seen).containsExactlyInAnyOrderElementsOf(this.clients.stream().map(ClientView::id).toList());
	}

	@Test
	void anotherMunicipalitysAuditorSeesNoneOfItAndOthersAreForbidden() throws Exception {
		this.mvc.perform(get("/clients").with(user(this.consultant))).andExpect(status().isOk());
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.AUDITOR);
		String page = this.mvc.perform(get("/access-log").param("action", "LIST").with(user(elsewhere)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Akkerman", this.consultant.displayName());
		this.mvc.perform(get("/access-log").param("action", "LIST").with(user(this.consultant)))
			.andExpect(status().isForbidden());
	}

	@Test
	void screenNamesForPagesAndTheApiAndThePathWhenUnknown() {
		Locale dutch = Locale.forLanguageTag("nl");
		assertThat(this.screens.name("GET /clients/{id}", dutch)).isEqualTo("Cliëntdossier");
		assertThat(this.screens.name("GET /clients", dutch)).isEqualTo("Cliëntenlijst");
		assertThat(this.screens.name("POST /clients/search", dutch)).isEqualTo("Zoeken");
		assertThat(this.screens.name("POST /clients/{clientId}/conversations/appointments/past", dutch))
			.isEqualTo("Gesprekken");
		assertThat(this.screens.name("GET /api/v1/clients/{id}", dutch)).isEqualTo("API: Cliëntdossier");
		assertThat(this.screens.name("PUT /api/v1/appointments/{id}/outcome", dutch)).isEqualTo("API: Gesprekken");
		assertThat(this.screens.name("GET /something/new", dutch)).isEqualTo("GET /something/new");
		assertThat(this.screens.name("system", Locale.ENGLISH)).isEqualTo("System (no screen)");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(this.auditor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
