package nl.koers.referral;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.consent.api.DataCategory;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.socialmap.api.SocialMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An institution worker sees only clients with an active referral to their organisation,
 * only in the categories shared and still permitted, and nothing else of Koers' client
 * data.
 */
@KoersTest
class ReferralInstitutionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SocialMap map;

	@Autowired
	JdbcClient jdbc;

	ReferralWorld world;

	@BeforeEach
	void setUp() {
		this.world = new ReferralWorld(this.context);
	}

	@Test
	void theWorkerSeesOnlyTheSharedCategoriesOfAnActiveReferral() throws Exception {
		this.world.agreement(this.world.organisation, DataCategory.IDENTITY, DataCategory.ROUTE);
		this.world.consent(this.world.organisation, DataCategory.IDENTITY, DataCategory.ROUTE,
				DataCategory.CONTACT_DETAILS);
		String proposed = proposed();
		call(this.world.worker, get("/api/v1/referrals")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
		call(this.world.worker, get("/api/v1/referrals/{id}", proposed)).andExpect(status().isNotFound());
		step(this.world.consultant, proposed, "SENT");
		call(this.world.worker, get("/api/v1/referrals")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].client.displayName").value("Petra Verwezen"))
			.andExpect(jsonPath("$.items[0].client.address").doesNotExist());
		call(this.world.worker, get("/api/v1/referrals/{id}", proposed)).andExpect(status().isOk())
			.andExpect(jsonPath("$.permitted.length()").value(2))
			.andExpect(jsonPath("$.client.displayName").value("Petra Verwezen"))
			.andExpect(jsonPath("$.client.dateOfBirth").exists())
			.andExpect(jsonPath("$.client.address").doesNotExist())
			.andExpect(jsonPath("$.client.phone").doesNotExist());
	}

	@Test
	void contactDetailsOnlyWhenShared() throws Exception {
		this.world.shareIdentityAndContact();
		String id = proposed();
		step(this.world.consultant, id, "SENT");
		call(this.world.worker, get("/api/v1/referrals/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.client.address").value("Dorpsstraat 12, 4191AB Geldermalsen"))
			.andExpect(jsonPath("$.client.phone").value("0345-123456"));
	}

	@Test
	void aWithdrawnConsentTakesEffectAtOnce() throws Exception {
		this.world.agreement(this.world.organisation, DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS);
		UUID consent = this.world.consent(this.world.organisation, DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS);
		String id = proposed();
		step(this.world.consultant, id, "SENT");
		call(this.world.worker, get("/api/v1/referrals/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.client.displayName").value("Petra Verwezen"));
		call(this.world.consultant,
				post("/api/v1/consents/{id}/withdrawal", consent).content("{\"reason\": \"Wil het niet meer\"}"))
			.andExpect(status().isOk());
		call(this.world.worker, get("/api/v1/referrals/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.permitted.length()").value(0))
			.andExpect(jsonPath("$.client.displayName").doesNotExist())
			.andExpect(jsonPath("$.client.address").doesNotExist());
		call(this.world.worker, get("/api/v1/referrals")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].client.displayName").doesNotExist());
	}

	@Test
	void nothingAfterTheReferralEndsOrIsCancelled() throws Exception {
		this.world.shareIdentityAndContact();
		String ended = proposed();
		step(this.world.consultant, ended, "SENT");
		step(this.world.worker, ended, "ACCEPTED");
		step(this.world.worker, ended, "STARTED");
		call(this.world.worker,
				put("/api/v1/referrals/{id}/status", ended)
					.content("{\"status\": \"ENDED\", \"outcome\": \"CARE\", \"note\": \"Afgerond\"}"))
			.andExpect(status().isOk());
		String cancelled = proposed();
		step(this.world.consultant, cancelled, "SENT");
		step(this.world.consultant, cancelled, "CANCELLED");
		for (String id : List.of(ended, cancelled)) {
			call(this.world.worker, get("/api/v1/referrals/{id}", id)).andExpect(status().isNotFound());
			call(this.world.worker, post("/api/v1/referrals/{id}/feedback", id).content("{\"text\": \"Nog iets\"}"))
				.andExpect(status().isNotFound());
		}
		call(this.world.worker, get("/api/v1/referrals")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void anotherOrganisationOrMunicipalityGetsNotFound() throws Exception {
		this.world.shareIdentityAndContact();
		String id = proposed();
		step(this.world.consultant, id, "SENT");
		CurrentUser otherOrganisation = this.world.worker(this.world.organisation(this.map, "Andere zorg"));
		CurrentUser elsewhere = this.fixtures.municipality().user(Role.INSTITUTION_WORKER);
		CurrentUser strangeCoordinator = this.fixtures.municipality().user(Role.COORDINATOR);
		for (CurrentUser stranger : List.of(otherOrganisation, elsewhere, strangeCoordinator)) {
			call(stranger, get("/api/v1/referrals/{id}", id)).andExpect(status().isNotFound());
			call(stranger, put("/api/v1/referrals/{id}/status", id).content("{\"status\": \"ACCEPTED\"}"))
				.andExpect(status().isNotFound());
		}
		call(otherOrganisation, get("/api/v1/referrals")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
		call(strangeCoordinator, get("/api/v1/referrals").param("clientId", this.world.client.id().toString()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc
			.sql("select count(*) from access_log_entry where client_id = ? and user_id = ? and outcome = 'DENIED'")
			.params(this.world.client.id(), otherOrganisation.id())
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theWorkerStillGetsNoClientFileOrOtherClientData() throws Exception {
		this.world.shareIdentityAndContact();
		String id = proposed();
		step(this.world.consultant, id, "SENT");
		step(this.world.worker, id, "ACCEPTED");
		UUID client = this.world.client.id();
		for (String path : List.of("/api/v1/clients/{id}", "/api/v1/clients/{id}/timeline",
				"/api/v1/clients/{id}/history", "/api/v1/clients/{id}/consents", "/api/v1/clients/{id}/goals",
				"/api/v1/clients/{id}/appointments")) {
			call(this.world.worker, get(path, client))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(path).isIn(403, 404));
		}
		call(this.world.worker, get("/api/v1/clients/{id}", client)).andExpect(status().isNotFound());
		call(this.world.worker, get("/api/v1/clients/{id}/timeline", client)).andExpect(status().isNotFound());
		call(this.world.worker, get("/api/v1/clients")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
		call(this.world.worker, get("/api/v1/referrals").param("clientId", client.toString()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}", client).with(user(this.world.worker))).andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/referrals", client).with(user(this.world.worker)))
			.andExpect(status().isNotFound());
	}

	private String proposed() throws Exception {
		return JsonPath.read(call(this.world.consultant,
				post("/api/v1/clients/{id}/referrals", this.world.client.id()).content(
						"{\"serviceId\": \"%s\", \"reason\": \"Begeleiding nodig\"}".formatted(this.world.service)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private void step(CurrentUser user, String id, String next) throws Exception {
		call(user, put("/api/v1/referrals/{id}/status", id).content("{\"status\": \"%s\"}".formatted(next)))
			.andExpect(status().isOk());
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
