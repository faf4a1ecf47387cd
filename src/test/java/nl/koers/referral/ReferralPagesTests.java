package nl.koers.referral;

import java.util.UUID;

import nl.koers.KoersTest;
import nl.koers.consent.api.DataCategory;
import nl.koers.identity.api.CurrentUser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral pages: the client file section proposes and sends; the institution's list
 * and detail show only the shared categories, and the worker answers there.
 */
@KoersTest
class ReferralPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	ReferralWorld world;

	@BeforeEach
	void setUp() {
		this.world = new ReferralWorld(this.context);
	}

	@Test
	void theConsultantProposesAndSendsAndTheWorkerSeesOnlyTheSharedCategories() throws Exception {
		this.world.agreement(this.world.organisation, DataCategory.IDENTITY, DataCategory.ROUTE);
		this.world.consent(this.world.organisation, DataCategory.IDENTITY, DataCategory.ROUTE);
		String section = "/clients/" + this.world.client.id() + "/referrals";
		this.mvc
			.perform(post(section).param("serviceId", this.world.service.toString())
				.param("reason", "Begeleiding nodig")
				.with(csrf())
				.with(user(this.world.consultant)))
			.andExpect(redirectedUrlPattern(section + "#referral-*"));
		Document page = html(get(section).param("category", "MENTAL_HEALTH"), this.world.consultant);
		assertThat(page.select("article.referral").text()).contains("Ambulante begeleiding", "Voorgesteld");
		assertThat(page.select("#serviceId option").text()).contains("Ambulante begeleiding (Zorggroep Linge)");
		assertThat(html(get(section).header("HX-Request", "true"), this.world.consultant).select("main")).isEmpty();
		UUID id = this.jdbc.sql("select id from referral where client_id = ?")
			.params(this.world.client.id())
			.query(UUID.class)
			.single();
		this.mvc
			.perform(post("/referrals/{id}/status", id).param("status", "SENT")
				.with(csrf())
				.with(user(this.world.consultant)))
			.andExpect(redirectedUrl(section));
		this.mvc.perform(get("/").with(user(this.world.worker))).andExpect(redirectedUrl("/referrals"));
		Document list = html(get("/referrals"), this.world.worker);
		assertThat(list.select("table.referrals").text()).contains("Petra Verwezen", "Ambulante begeleiding");
		assertThat(list.select("nav").text()).contains("Verwijzingen");
		Document detail = html(get("/referrals/{id}", id), this.world.worker);
		assertThat(detail.select("section.shared").text()).contains("Petra Verwezen")
			.doesNotContain("Dorpsstraat", "0345");
		assertThat(detail.select("section.shared dt").eachText()).containsExactly("Identiteit (naam, geboortedatum)");
		assertThat(detail.select("section.shared details.shared-category summary").eachText())
			.containsExactly("Klantprofiel en route");
		this.mvc
			.perform(post("/referrals/{id}/status", id).param("status", "ACCEPTED")
				.with(csrf())
				.with(user(this.world.worker)))
			.andExpect(redirectedUrl("/referrals/" + id));
		this.mvc
			.perform(post("/referrals/{id}/feedback", id).param("text", "Eerste gesprek gehad")
				.with(csrf())
				.with(user(this.world.worker)))
			.andExpect(redirectedUrl("/referrals/" + id));
		assertThat(html(get(section), this.world.consultant).select("article.referral").text()).contains("Geaccepteerd",
				"Eerste gesprek gehad");
		assertThat(html(get("/clients/{id}/timeline", this.world.client.id()), this.world.consultant).text())
			.contains("Verwijzing naar Ambulante begeleiding verstuurd", "Terugkoppeling van Ambulante begeleiding");
	}

	@Test
	void theWorkerSeesNoReferralPageWithoutAnActiveReferral() throws Exception {
		CurrentUser worker = this.world.worker;
		assertThat(html(get("/referrals"), worker).select("table.referrals")).isEmpty();
		this.mvc.perform(get("/referrals/{id}", UUID.randomUUID()).with(user(worker))).andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/referrals", this.world.client.id()).with(user(worker)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}", this.world.client.id()).with(user(worker)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/referrals").with(user(this.world.consultant))).andExpect(status().isForbidden());
	}

	@Test
	void purchaseRequestsAreFiledAndDecidedOnTheirPage() throws Exception {
		this.mvc
			.perform(post("/purchase-requests").param("what", "Zorgboerderij")
				.param("why", "Niets past")
				.param("estimatedCost", "1200.50")
				.with(csrf())
				.with(user(this.world.consultant)))
			.andExpect(redirectedUrl("/purchase-requests"));
		Document page = html(get("/purchase-requests"), this.world.coordinator);
		assertThat(page.select("article.purchase-request").text()).contains("Zorgboerderij", "1.200,50", "Open");
		UUID id = this.jdbc.sql("select id from purchase_request where what = 'Zorgboerderij'")
			.query(UUID.class)
			.single();
		this.mvc
			.perform(post("/purchase-requests/{id}/decision", id).param("status", "REJECTED")
				.param("note", "Te duur")
				.with(csrf())
				.with(user(this.world.coordinator)))
			.andExpect(redirectedUrl("/purchase-requests"));
		assertThat(html(get("/purchase-requests"), this.world.consultant).select("article").text())
			.contains("Afgewezen", "Te duur");
	}

	private Document html(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
