package nl.koers.obligation;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.ReasonOfAccess;
import nl.koers.agreement.api.AgreementBroken;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Routes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The obligations section and the measures report in the browser's terms: what the case
 * lead sees and does, what the coordinator decides, and who sees nothing.
 */
@KoersTest
class ObligationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	String section;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Petra", "Vermeulen").caseLead(this.consultant.id()));
		this.routes.decideProfile(this.consultant, this.client.id(),
				new ProfileDecision(ClientProfile.KP4, LocalDate.of(2020, 1, 6), "Uitkomst intake", null));
		this.section = "/clients/" + this.client.id() + "/obligations";
	}

	@Test
	void theCaseLeadConfirmsTheExemptionOnTheClientFile() throws Exception {
		Document page = page(this.section, this.consultant);
		assertThat(page.select("#exemption-current").text())
			.contains("Ontheven van de sollicitatieplicht sinds 06-01-2020", "Nog te bevestigen");
		String confirm = page.select("form[action$=/confirmation]").attr("action");
		this.mvc.perform(post(confirm).with(csrf()).with(user(this.consultant))).andExpect(status().is3xxRedirection());
		assertThat(page(this.section, this.consultant).select("#exemption-current").text())
			.doesNotContain("Nog te bevestigen");
		assertThat(page(this.section + "?lang=en", this.consultant).text())
			.contains("Exempt from the job-application duty since 06-01-2020");
		Document again = Jsoup.parse(this.mvc.perform(post(confirm).with(csrf()).with(user(this.consultant)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select(".alert").text()).isEqualTo("Deze ontheffing is al bevestigd.");
		assertThat(again.select("#exemption-current").text()).contains("Ontheven van de sollicitatieplicht");
	}

	@Test
	void aCoordinatorWhoProposedAMeasureSeesWhyHeCannotApproveIt() throws Exception {
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		RequestPostProcessor asCoordinator = ReasonOfAccess.userWithReason(this.mvc, coordinator, this.client.id());
		publish(new AgreementBroken(UUID.randomUUID(), this.client.id(), this.municipality.id(),
				LocalDate.now().minusDays(3), false, true, "Dagbesteding"));
		this.mvc
			.perform(post(this.section + "/measures").param("ground", "BROKEN_TRAJECTORY_AGREEMENT")
				.param("justification", "Stopte zonder reden")
				.with(csrf())
				.with(asCoordinator))
			.andExpect(status().is3xxRedirection());
		String decision = page(this.section, asCoordinator).select("article.measure form").attr("action");
		Document refused = Jsoup
			.parse(this.mvc.perform(post(decision).param("approved", "true").with(csrf()).with(asCoordinator))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.select(".alert").text())
			.isEqualTo("Wie een maatregel voorstelt, kan hem niet zelf goedkeuren.");
		assertThat(refused.select("article.measure").text()).contains("Voorgesteld");
	}

	@Test
	void aMeasureWithoutBackingShowsTheReasonsAndOneWithBackingWaitsForTheCoordinator() throws Exception {
		propose("REFUSES_CONVERSATION").andExpect(status().isUnprocessableContent());
		assertThat(Jsoup.parse(propose("REFUSES_CONVERSATION").andReturn().getResponse().getContentAsString()).text())
			.contains("er zijn er minstens 3 nodig");
		publish(new AgreementBroken(UUID.randomUUID(), this.client.id(), this.municipality.id(),
				LocalDate.now().minusDays(3), false, true, "Dagbesteding"));
		propose("BROKEN_TRAJECTORY_AGREEMENT").andExpect(status().is3xxRedirection());

		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		RequestPostProcessor asCoordinator = ReasonOfAccess.userWithReason(this.mvc, coordinator, this.client.id());
		Document page = page(this.section, asCoordinator);
		assertThat(page.select("article.measure").text()).contains("Voorgesteld", "Stopte zonder reden");
		String decision = page.select("article.measure form").attr("action");
		assertThat(page(this.section, this.consultant).select("article.measure form")).isEmpty();
		this.mvc
			.perform(post(decision).param("approved", "true").param("note", "Akkoord").with(csrf()).with(asCoordinator))
			.andExpect(status().is3xxRedirection());
		assertThat(page(this.section, asCoordinator).select("article.measure").text()).contains("Goedgekeurd",
				"Akkoord");

		CurrentUser manager = this.municipality.user(Role.MANAGER);
		Document report = page("/reports/measures", manager);
		assertThat(report.select("#measures-per-year tbody tr")).hasSize(10);
		assertThat(report.select("#measures-per-year tbody tr").last().text())
			.isEqualTo(LocalDate.now().getYear() + " Breekt zonder geldige reden een afspraak van een traject 1 1 0");
		this.mvc.perform(get("/reports/measures").with(user(this.consultant))).andExpect(status().isForbidden());
		this.mvc.perform(get(this.section).with(user(manager))).andExpect(status().isForbidden());
	}

	private ResultActions propose(String ground) throws Exception {
		return this.mvc.perform(post(this.section + "/measures").param("ground", ground)
			.param("justification", "Stopte zonder reden")
			.with(csrf())
			.with(user(this.consultant)));
	}

	private Document page(String path, CurrentUser user) throws Exception {
		return page(path, user(user));
	}

	private Document page(String path, RequestPostProcessor user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * Publishes an event as its module does: in a transaction, so that the listeners run
	 * once it has committed.
	 */
	private void publish(Object event) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
	}

}
