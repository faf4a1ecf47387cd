package nl.koers.budget;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget page: the contract manager adds and changes budgets through the forms,
 * managers read the report.
 */
@KoersTest
class BudgetPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Fixtures.Municipality westBetuwe;

	CurrentUser contractManager;

	@BeforeEach
	void setUp() {
		this.westBetuwe = this.fixtures.municipality();
		this.contractManager = this.westBetuwe.user(Role.CONTRACT_MANAGER);
	}

	@Test
	void theContractManagerAddsABudgetThroughTheForm() throws Exception {
		as(this.contractManager, participation("2020").param("reservationPercentage", "5"))
			.andExpect(redirectedUrl("/budgets?year=2020"))
			.andExpect(flash().attribute("flash", "budget.saved"));
		Document page = page(get("/budgets").param("year", "2020"), this.contractManager);
		assertThat(page.select("nav a[href='/budgets']").text()).isEqualTo("Budgetten");
		assertThat(page.select("h2").eachText()).contains("Budgetoverzicht 2020");
		assertThat(page.select("table.budget-report tbody tr").text()).contains("Participatiebudget", "€ 27.347,00");
		assertThat(page.select("table.budgets tbody tr").text()).contains("€ 546.940,00", "5,00%");
		assertThat(page.select("form[action='/budgets'][method='post']")).hasSize(1);
	}

	@Test
	void aRefusedBudgetIsShownWithItsReason() throws Exception {
		Document refused = Jsoup.parse(as(this.contractManager,
				participation("2020").param("reservationPercentage", "5").param("reservationAmount", "100.00"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#reservationAmount-error").text())
			.isEqualTo("Vul een gereserveerd percentage of een gereserveerd bedrag in, niet allebei.");
		as(this.contractManager,
				post("/budgets").param("source", "Werkbudget").param("year", "2020").param("amount", "veel"))
			.andExpect(status().isBadRequest());
		as(this.contractManager, participation("2020")).andExpect(redirectedUrl("/budgets?year=2020"));
		Document duplicate = Jsoup
			.parse(as(this.contractManager, participation("2020")).andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(duplicate.select(".alert").text()).contains("al een budget");
	}

	@Test
	void theContractManagerChangesABudgetWithItsVersion() throws Exception {
		as(this.contractManager, participation("2021")).andExpect(redirectedUrl("/budgets?year=2021"));
		Document list = page(get("/budgets").param("year", "2021"), this.contractManager);
		String edit = list.select("table.budgets a").attr("href");
		Document form = page(get(edit), this.contractManager);
		assertThat(form.select("input[name=version]").val()).isEqualTo("0");
		String action = form.select("main form[method=post]").attr("action");
		as(this.contractManager,
				participation(action, "2021").param("reservationAmount", "27347.00").param("version", "0"))
			.andExpect(redirectedUrl("/budgets?year=2021"));
		assertThat(
				page(get("/budgets").param("year", "2021"), this.contractManager).select("table.budget-report tbody tr")
					.text())
			.contains("€ 27.347,00");
		as(this.contractManager, participation(action, "2021").param("version", "0")).andExpect(status().isConflict());
	}

	@Test
	void managersReadTheReportOnlyAndOthersNotAtAll() throws Exception {
		as(this.contractManager, participation("2020").param("reservationPercentage", "5"));
		CurrentUser manager = this.westBetuwe.user(Role.MANAGER);
		Document page = page(get("/budgets").param("year", "2020"), manager);
		assertThat(page.select("table.budget-report").text()).contains("€ 27.347,00");
		assertThat(page.select("form[method=post]").not("form[action='/logout']")).isEmpty();
		as(manager, participation("2022")).andExpect(status().isForbidden());
		for (Role role : new Role[] { Role.CONSULTANT, Role.INSTITUTION_WORKER }) {
			this.mvc.perform(get("/budgets").with(user(this.westBetuwe.user(role)))).andExpect(status().isForbidden());
		}
		Document stranger = page(get("/budgets").param("year", "2020"),
				this.fixtures.municipality().user(Role.MANAGER));
		assertThat(stranger.text()).doesNotContain("Participatiebudget");
	}

	private static MockHttpServletRequestBuilder participation(String year) {
		return participation("/budgets", year);
	}

	private static MockHttpServletRequestBuilder participation(String url, String year) {
		return post(url).param("source", "Participatiebudget").param("year", year).param("amount", "546.940,00");
	}

	private ResultActions as(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(user)));
	}

	private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
