package nl.koers.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.Cookie;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.assessment.api.Assessments;
import nl.koers.client.api.ClientView;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessments page (also the section of the client file) and the form, with the same
 * rules as the API.
 */
@KoersTest
class AssessmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcClient jdbc;

	Municipality westBetuwe;

	CurrentUser caseLead;

	ClientView client;

	String page;

	@BeforeEach
	void setUp() {
		this.westBetuwe = this.fixtures.municipality();
		this.caseLead = this.westBetuwe.user(Role.CONSULTANT);
		this.client = this.westBetuwe.client(this.caseLead, Fixtures.details().name("Petra", "Vermeulen"));
		this.page = "/clients/" + this.client.id() + "/assessments";
	}

	@Test
	void theClientFileLoadsTheAssessmentsAsASection() throws Exception {
		Document file = html(this.mvc.perform(get("/clients/" + this.client.id()).with(user(this.caseLead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element section = file.selectFirst(".file-tabs a[href=" + this.page + "]");
		assertThat(section).isNotNull();
		assertThat(section.text()).contains("Leefgebieden");
		Document fragment = html(this.mvc.perform(get(this.page).header("HX-Request", "true").with(user(this.caseLead)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(fragment.select("header, h1")).isEmpty();
		assertThat(fragment.select(".section-content").text()).contains("Er is nog geen meting vastgelegd.");
	}

	@Test
	void withoutAssessmentsThePageSaysSoAndOffersTheForms() throws Exception {
		Document page = page(this.caseLead);
		assertThat(page.select(".section-content").text()).contains("Er is nog geen meting vastgelegd.");
		assertThat(page.select(".section-content a.button").eachAttr("href"))
			.containsExactly(this.page + "/new?instrument=FIVE_DOMAINS", this.page + "/new?instrument=ZRM");
		assertThat(page.select("svg")).isEmpty();
	}

	@Test
	void theFormHasALabelledFiveStepScaleForEveryDomain() throws Exception {
		Document form = html(
				this.mvc.perform(get(this.page + "/new").param("instrument", "ZRM").with(user(this.caseLead)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(form.select("fieldset.domain-score")).hasSize(11);
		assertThat(form.select("fieldset.domain-score legend").eachText()).contains("Geestelijke gezondheid",
				"Algemene dagelijkse levensverrichtingen (ADL)");
		Element adl = form.selectFirst("fieldset.domain-score:has(input[name=scores[ADL]])");
		assertThat(adl.select("label.scale-option input[type=radio]")).hasSize(5);
		assertThat(adl.select("label.scale-option").get(0).text()).contains("1", "Acute problemen");
		assertThat(form.selectFirst("input[name=instrument]").val()).isEqualTo("ZRM");
		assertThat(form.selectFirst("label[for=assessedOn]")).isNotNull();
		assertThat(form.selectFirst("input#assessedOn").val()).isEqualTo(today().toString());
	}

	@Test
	void theFormSpeaksEnglishOnRequest() throws Exception {
		this.mvc.perform(get(this.page + "/new").param("lang", "en").with(user(this.caseLead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Work and job seeking")))
			.andExpect(content().string(containsString("Fully self-reliant")));
	}

	@Test
	void recordsThroughTheFormAndShowsTheLatestScoresTheChartAndTheTable() throws Exception {
		this.mvc
			.perform(post(this.page).with(user(this.caseLead))
				.with(csrf())
				.params(Payloads.fiveDomains().on(LocalDate.of(2023, 1, 10)).score("WORK", 1).form()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "assessment.recorded"));
		this.mvc
			.perform(post(this.page).with(user(this.caseLead))
				.with(csrf())
				.params(Payloads.fiveDomains()
					.on(LocalDate.of(2024, 1, 10))
					.score("WORK", 4)
					.note("WORK", "Vrijwilligerswerk bij de kringloop")
					.summary("Gaat vooruit")
					.form()))
			.andExpect(status().isFound());
		Document page = page(this.caseLead);
		Element latest = page.selectFirst(".section-content table.latest");
		assertThat(latest.selectFirst("tr:has(th:contains(Werk en werk zoeken))").text()).contains("4",
				"Voldoende zelfredzaam", "Vrijwilligerswerk bij de kringloop");
		assertThat(page.select(".section-content").text()).contains("Gaat vooruit", "10-01-2024");

		Element chart = page.selectFirst(".section-content svg.score-chart");
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.select("g.series")).hasSize(5);
		List<Element> work = chart.select("g.series[data-domain=WORK] circle.point");
		assertThat(work).hasSize(2);
		assertThat(Integer.parseInt(work.get(0).attr("cx"))).isLessThan(Integer.parseInt(work.get(1).attr("cx")));
		assertThat(Integer.parseInt(work.get(0).attr("cy"))).isGreaterThan(Integer.parseInt(work.get(1).attr("cy")));
		assertThat(chart.select("g.series[data-domain=JUSTICE] circle.point")).hasSize(2);
		assertThat(page.select(".section-content [style]")).isEmpty();

		Element table = page.selectFirst(".section-content table.over-time");
		assertThat(table.select("thead th").eachText()).containsExactly("Leefgebied", "10-01-2023", "10-01-2024");
		assertThat(table.selectFirst("tbody tr").text()).isEqualTo("Werk en werk zoeken 1 4");
	}

	@Test
	void drawsAChartPerInstrumentWithAPointPerAssessmentOnEveryDomain() throws Exception {
		for (int month = 1; month <= 3; month++) {
			this.assessments.record(this.caseLead, this.client.id(),
					Payloads.zrm().on(LocalDate.of(2024, month, 1)).score("HOUSING", month + 1).assessment());
		}
		this.assessments.record(this.caseLead, this.client.id(), Payloads.fiveDomains().assessment());
		Document page = page(this.caseLead);
		List<Element> charts = page.select(".section-content svg.score-chart");
		assertThat(charts).hasSize(2);
		Element fiveDomains = charts.get(0);
		assertThat(fiveDomains.select("circle.point")).hasSize(5);
		assertThat(fiveDomains.select("circle.point").eachAttr("cx")).containsOnly(String.valueOf((40 + 620) / 2));
		Element zrm = charts.get(1);
		assertThat(zrm.select("g.series")).hasSize(11);
		assertThat(zrm.select("g.series")).allSatisfy(series -> assertThat(series.select("circle.point")).hasSize(3));
		assertThat(zrm.select("g.series[data-domain=HOUSING] circle.point title").eachText()).containsExactly(
				"Huisvesting op 01-01-2024: 2", "Huisvesting op 01-02-2024: 3", "Huisvesting op 01-03-2024: 4");
		assertThat(zrm.select("g.series[data-domain=HOUSING] polyline.trend").attr("points").split(" ")).hasSize(3);
		assertThat(zrm.select("text.date").eachText()).containsExactly("01-01-2024", "01-03-2024");
	}

	@Test
	void refusesAnIncompleteFormShowingEveryErrorAtItsField() throws Exception {
		String body = this.mvc
			.perform(post(this.page).with(user(this.caseLead))
				.with(csrf())
				.params(Payloads.fiveDomains().without("JUSTICE").score("WORK", 6).on(today().plusDays(2)).form()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = html(body);
		assertThat(form.selectFirst("#score-JUSTICE-error").text()).isEqualTo("Geef een score voor dit leefgebied.");
		assertThat(form.selectFirst("#score-WORK-error").text()).isEqualTo("Een score ligt tussen 1 en 5.");
		assertThat(form.selectFirst("#assessedOn-error").text()).contains("toekomst");
		assertThat(form.selectFirst("input[name=scores[HEALTH_AND_ADDICTION]][value=3]").hasAttr("checked")).isTrue();
		assertThat(this.jdbc.sql("select count(*) from assessment where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void refusesAMalformedDateOrScoreWithoutFailing() throws Exception {
		MultiValueMap<String, String> form = Payloads.fiveDomains().form();
		form.set("assessedOn", "gisteren");
		form.set("scores[WORK]", "veel");
		Document page = html(this.mvc.perform(post(this.page).with(user(this.caseLead)).with(csrf()).params(form))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#assessedOn-error").text()).isEqualTo("Vul een geldige datum in.");
		assertThat(page.selectFirst("input#assessedOn").val()).isEqualTo("gisteren");
		assertThat(page.selectFirst("#scores-error").text())
			.isEqualTo("Een score is een heel getal van 1 tot en met 5.");
	}

	@Test
	void keepsTheScoresWhenTheDateIsMissing() throws Exception {
		Document page = html(this.mvc
			.perform(post(this.page).with(user(this.caseLead))
				.with(csrf())
				.params(Payloads.fiveDomains().on(null).score("JUSTICE", 5).form()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#assessedOn-error").text()).isEqualTo("Dit veld is verplicht.");
		assertThat(page.selectFirst("input[name=scores[JUSTICE]][value=5]").hasAttr("checked")).isTrue();
	}

	@Test
	void aColleagueReadsButDoesNotRecord() throws Exception {
		CurrentUser colleague = this.westBetuwe.user(Role.CONSULTANT);
		RequestPostProcessor withReason = ReasonOfAccess.userWithReason(this.mvc, colleague, this.client.id());
		assertThat(html(this.mvc.perform(get(this.page).with(withReason))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select(".section-content a.button")).isEmpty();
		this.mvc.perform(get(this.page + "/new").with(withReason)).andExpect(status().isForbidden());
		this.mvc.perform(post(this.page).with(withReason).with(csrf()).params(Payloads.fiveDomains().form()))
			.andExpect(status().isForbidden());
		CurrentUser coordinator = this.westBetuwe.user(Role.COORDINATOR);
		this.mvc
			.perform(get(this.page + "/new")
				.with(ReasonOfAccess.userWithReason(this.mvc, coordinator, this.client.id())))
			.andExpect(status().isOk());
	}

	@Test
	void otherMunicipalitiesInstitutionsAndRolesWithoutClientAccessSeeNothing() throws Exception {
		CurrentUser delft = this.fixtures.municipality().user(Role.CONSULTANT, Role.COORDINATOR);
		CurrentUser worker = this.westBetuwe.user(Role.INSTITUTION_WORKER);
		for (CurrentUser user : List.of(delft, worker)) {
			this.mvc.perform(get(this.page).with(user(user))).andExpect(status().isNotFound());
			this.mvc.perform(get(this.page + "/new").with(user(user))).andExpect(status().isNotFound());
			this.mvc.perform(post(this.page).with(user(user)).with(csrf()).params(Payloads.fiveDomains().form()))
				.andExpect(status().isNotFound());
		}
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR)) {
			CurrentUser user = this.westBetuwe.user(role);
			this.mvc.perform(get(this.page).with(user(user)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("Vermeulen"))));
			this.mvc.perform(get(this.page + "/new").with(user(user))).andExpect(status().isForbidden());
			this.mvc.perform(post(this.page).with(user(user)).with(csrf()).params(Payloads.fiveDomains().form()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anUnknownInstrumentHasNoForm() throws Exception {
		this.mvc.perform(get(this.page + "/new").param("instrument", "DARIUZ").with(user(this.caseLead)))
			.andExpect(status().isNotFound());
	}

	@Test
	void logsAReadForThePageAndAnUpdateForTheRecordedAssessment() throws Exception {
		this.mvc.perform(post(this.page).with(user(this.caseLead)).with(csrf()).params(Payloads.fiveDomains().form()))
			.andExpect(status().isFound());
		page(this.caseLead);
		assertThat(this.jdbc.sql("select action from access_log_entry where client_id = ? order by id")
			.param(this.client.id())
			.query(String.class)
			.list()).containsExactly("CREATE", "UPDATE", "READ");
	}

	private Document page(CurrentUser user) throws Exception {
		return html(this.mvc.perform(get(this.page).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Document html(String body) {
		return Jsoup.parse(body);
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
	}

}
