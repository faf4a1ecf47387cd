package nl.koers.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.Sharing;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What may be shared: only what an agreement and a consent both allow, a withdrawal stops
 * it at once, and only the right people record either.
 */
@KoersTest
class SharingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SocialMap map;

	@Autowired
	Sharing sharing;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser coordinator;

	CurrentUser consultant;

	ClientView client;

	UUID linge;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant, Fixtures.details().caseLead(this.consultant.id()));
		this.linge = this.map
			.create(this.coordinator,
					new NewOrganisation("Zorggroep Linge", OrganisationKind.CARE_INSTITUTION, null, null, null, null,
							LocalDate.now(), null))
			.id();
	}

	@Test
	void sharesOnlyWhatTheAgreementAndTheConsentBothAllowUntilTheConsentIsWithdrawn() throws Exception {
		agreement("[\"IDENTITY\", \"ROUTE\", \"GOALS\"]", LocalDate.now().minusYears(1), null)
			.andExpect(status().isCreated());
		assertThat(permitted()).isEmpty();
		String consent = JsonPath
			.read(consent("[\"IDENTITY\", \"GOALS\", \"ASSESSMENT_SCORES\"]").andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		assertThat(permitted()).containsExactlyInAnyOrder(DataCategory.IDENTITY, DataCategory.GOALS);

		call(this.consultant,
				post("/api/v1/consents/{id}/withdrawal", consent).content("{\"reason\": \"Wil het niet meer\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.withdrawnByName").value(this.consultant.displayName()));
		assertThat(permitted()).isEmpty();
		call(this.consultant, post("/api/v1/consents/{id}/withdrawal", consent).content("{\"reason\": \"Nogmaals\"}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void anAgreementOutsideItsPeriodAllowsNothing() throws Exception {
		agreement("[\"IDENTITY\"]", LocalDate.now().minusYears(2), LocalDate.now().minusDays(1).toString())
			.andExpect(status().isCreated());
		consent("[\"IDENTITY\"]").andExpect(status().isCreated());
		assertThat(permitted()).isEmpty();
		agreement("[\"IDENTITY\"]", LocalDate.now(), LocalDate.now().toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
	}

	@Test
	void onlyTheCoordinatorRecordsAgreementsAndOnlyTheCaseLeadOrCoordinatorConsents() throws Exception {
		call(this.consultant, post("/api/v1/organisations/{id}/sharing-agreements", this.linge)
			.content(body("[\"IDENTITY\"]", LocalDate.now(), null))).andExpect(status().isForbidden());
		call(this.municipality.user(Role.CONSULTANT),
				post("/api/v1/clients/{id}/consents", this.client.id()).content(consentBody("[\"IDENTITY\"]")))
			.andExpect(status().isForbidden());
		call(this.municipality.user(Role.MANAGER), get("/api/v1/clients/{id}/consents", this.client.id()))
			.andExpect(status().isForbidden());
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get("/api/v1/clients/{id}/consents", this.client.id())).andExpect(status().isNotFound());
		call(stranger, post("/api/v1/organisations/{id}/sharing-agreements", this.linge)
			.content(body("[\"IDENTITY\"]", LocalDate.now(), null))).andExpect(status().isNotFound());
		call(this.consultant,
				post("/api/v1/clients/{id}/consents", this.client.id()).content("""
						{"organisationId": "%s", "categories": ["IDENTITY"], "validFrom": "%s"}"""
					.formatted(UUID.randomUUID(), LocalDate.now())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));
		call(this.consultant, get("/api/v1/clients/{id}/consents", this.client.id())).andExpect(status().isOk());
		assertThat(this.jdbc
			.sql("select action from access_log_entry where client_id = ? and user_id = ? and purpose like ?")
			.params(this.client.id(), this.consultant.id(), "%consents%")
			.query(String.class)
			.list()).containsExactly("READ");
	}

	@Test
	void theConsentsSectionShowsAndRecordsThem() throws Exception {
		this.mvc
			.perform(post("/clients/{id}/consents", this.client.id()).param("organisationId", this.linge.toString())
				.param("categories", "IDENTITY", "ROUTE")
				.param("validFrom", LocalDate.now().toString())
				.with(csrf())
				.with(user(this.consultant)))
			.andExpect(status().is3xxRedirection());
		Document page = Jsoup
			.parse(this.mvc.perform(get("/clients/{id}/consents", this.client.id()).with(user(this.consultant)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select("article.consent").text()).contains("Zorggroep Linge", "Geldig",
				"Identiteit (naam, geboortedatum)", "Klantprofiel en route");
		this.mvc.perform(get("/sharing-agreements").with(user(this.municipality.user(Role.MANAGER))))
			.andExpect(status().isForbidden());
		Document agreements = Jsoup.parse(this.mvc.perform(get("/sharing-agreements").with(user(this.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(agreements.select("main form")).isEmpty();
	}

	private Set<DataCategory> permitted() {
		return this.sharing.permitted(this.municipality.id(), this.client.id(), this.linge);
	}

	private ResultActions agreement(String categories, LocalDate from, String until) throws Exception {
		return call(this.coordinator, post("/api/v1/organisations/{id}/sharing-agreements", this.linge)
			.content(body(categories, from, until)));
	}

	private ResultActions consent(String categories) throws Exception {
		return call(this.consultant,
				post("/api/v1/clients/{id}/consents", this.client.id()).content(consentBody(categories)));
	}

	private String consentBody(String categories) {
		return """
				{"organisationId": "%s", "categories": %s, "validFrom": "%s"}""".formatted(this.linge, categories,
				LocalDate.now().minusDays(1));
	}

	private static String body(String categories, LocalDate from, String until) {
		return """
				{"categories": %s, "legalBasis": "Participatiewet art. 7, convenant 2026", "purpose": "Zorg en begeleiding",
				 "validFrom": "%s", "validUntil": %s}"""
			.formatted(categories, from, until == null ? "null" : "\"" + until + "\"");
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
