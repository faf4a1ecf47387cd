package nl.koers.referral;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.PagingChecks;
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
 * Purchase requests: filed by a consultant, decided by the coordinator or the contract
 * manager, once.
 */
@KoersTest
class ReferralPurchaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	ReferralWorld world;

	@BeforeEach
	void setUp() {
		this.world = new ReferralWorld(this.context);
	}

	@Test
	void aConsultantFilesAndTheContractManagerDecidesOnce() throws Exception {
		String id = JsonPath.read(call(this.world.consultant, post("/api/v1/purchase-requests").content("""
				{"what": "Dagbesteding op de zorgboerderij", "why": "Niets op de kaart past",
				 "estimatedCost": "5355.00", "clientId": "%s"}""".formatted(this.world.client.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.clientName").value("Petra Verwezen"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		CurrentUser contractManager = this.world.municipality.user(Role.CONTRACT_MANAGER);
		call(contractManager, get("/api/v1/purchase-requests")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].estimatedCost").value("5355.00"))
			.andExpect(jsonPath("$.items[0].clientName").doesNotExist());
		call(this.world.coordinator, get("/api/v1/purchase-requests")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].clientName").value("Petra Verwezen"));
		call(this.world.consultant,
				put("/api/v1/purchase-requests/{id}/decision", id).content("{\"status\": \"APPROVED\"}"))
			.andExpect(status().isForbidden());
		call(contractManager, put("/api/v1/purchase-requests/{id}/decision", id).content("{\"status\": \"OPEN\"}"))
			.andExpect(status().isBadRequest());
		call(contractManager,
				put("/api/v1/purchase-requests/{id}/decision", id)
					.content("{\"status\": \"APPROVED\", \"note\": \"Binnen budget\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedByName").value(contractManager.displayName()));
		call(this.world.coordinator,
				put("/api/v1/purchase-requests/{id}/decision", id).content("{\"status\": \"REJECTED\"}"))
			.andExpect(status().isConflict());
		call(this.fixtures.municipality().user(Role.COORDINATOR),
				put("/api/v1/purchase-requests/{id}/decision", id).content("{\"status\": \"REJECTED\"}"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc
			.sql("select action || ' ' || purpose from access_log_entry where client_id = ? and outcome = 'SUCCESS'")
			.params(this.world.client.id())
			.query(String.class)
			.list()).contains("UPDATE POST /api/v1/purchase-requests", "LIST GET /api/v1/purchase-requests");
	}

	@Test
	void theAmountMustBeAEuroAmountAndOnlyTheRightRolesTakePart() throws Exception {
		call(this.world.consultant,
				post("/api/v1/purchase-requests")
					.content("{\"what\": \"Iets\", \"why\": \"Omdat\", \"estimatedCost\": \"12.345\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("estimatedCost"));
		call(this.world.municipality.user(Role.MANAGER), get("/api/v1/purchase-requests"))
			.andExpect(status().isForbidden());
		call(this.world.worker,
				post("/api/v1/purchase-requests")
					.content("{\"what\": \"Iets\", \"why\": \"Omdat\", \"estimatedCost\": \"10.00\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/purchase-requests").with(user(this.world.coordinator))).andExpect(status().isOk());
		this.mvc.perform(get("/purchase-requests").with(user(this.world.municipality.user(Role.MANAGER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePurchaseRequestsArePagedByKeyNewestFirst() throws Exception {
		for (int i = 0; i < 5; i++) {
			call(this.world.consultant, post("/api/v1/purchase-requests").content("""
					{"what": "Dagbesteding %d", "why": "Niets op de kaart past", "estimatedCost": "100.00"}"""
				.formatted(i))).andExpect(status().isCreated());
		}
		PagingChecks.pagesThrough(this.mvc, this.world.consultant, "/api/v1/purchase-requests", 2, 5);
		PagingChecks.pagesThrough(this.mvc, this.world.municipality.user(Role.CONTRACT_MANAGER),
				"/api/v1/purchase-requests", 3, 5);
		call(this.world.coordinator, get("/api/v1/purchase-requests").param("limit", "1"))
			.andExpect(jsonPath("$.items[0].what").value("Dagbesteding 4"));
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
