package nl.koers.coordination;

import java.time.LocalDate;
import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.coordination.api.Signals;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signals through the API: any consultant raises one about any client of the municipality
 * (not only KP4, not only their own), the coordinator follows it up with a kept history,
 * and the access rules and access log hold.
 */
@KoersTest
class SignalApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser coordinator;

	CurrentUser caseLead;

	CurrentUser colleague;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.colleague = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead,
				Fixtures.details().name("Petra", "Vermeulen").caseLead(this.caseLead.id()));
	}

	@Test
	void aConsultantWhoIsNotTheCaseLeadSignalsAboutAClientWithoutAProfile() throws Exception {
		String location = raise(this.colleague, "ADDICTION", "Rook naar alcohol", "2026-11-20")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/signals/")))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andExpect(jsonPath("$.kind").value("ADDICTION"))
			.andExpect(jsonPath("$.clientName").value("Petra Vermeulen"))
			.andExpect(jsonPath("$.raisedByName").value(this.colleague.displayName()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		call(this.colleague, get("/api/v1/signals")).andExpect(jsonPath("$.items", hasSize(1)));
		call(this.caseLead, get("/api/v1/signals")).andExpect(jsonPath("$.items", hasSize(0)));
		call(this.caseLead, get(location)).andExpect(status().isOk());
		call(this.coordinator, get("/api/v1/signals").param("open", "true")).andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].observation").value("Rook naar alcohol"));
		assertThat(this.jdbc.sql("select raised_by_id from coordination_signal where client_id = ?")
			.param(this.client.id())
			.query(java.util.UUID.class)
			.single()).isEqualTo(this.colleague.id());
		assertThat(log(this.colleague)).containsExactly("READ POST /api/v1/clients/{id}/signals",
				"LIST GET /api/v1/signals");
		assertThat(log(this.caseLead)).contains("READ GET /api/v1/signals/{id}");
		raise(this.colleague, "ADDICTION", "Later", LocalDate.now().plusDays(2).toString())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("observedOn"));
		call(this.colleague, post("/api/v1/clients/{id}/signals", this.client.id()).content("{\"kind\": \"OTHER\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theCoordinatorFollowsUpAndTheHistoryIsKept() throws Exception {
		String location = location(raise(this.colleague, "BOTH", "Verward", "2026-11-20"));
		followUp(this.colleague, location, "IN_PROGRESS", "Zelf").andExpect(status().isForbidden());
		followUp(this.coordinator, location, "NEW", "Terug").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		followUp(this.coordinator, location, "IN_PROGRESS", "Huisarts gebeld").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		followUp(this.coordinator, location, "CLOSED", "In zorg bij GGZ").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.followUps", hasSize(2)));
		followUp(this.coordinator, location, "IN_PROGRESS", "Nog iets").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Deze signalering is afgesloten."));
		call(this.colleague, get(location)).andExpect(jsonPath("$.followUps[0].note").value("Huisarts gebeld"))
			.andExpect(jsonPath("$.followUps[0].status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.followUps[0].authorName").value(this.coordinator.displayName()))
			.andExpect(jsonPath("$.followUps[1].status").value("CLOSED"));
		call(this.coordinator, get("/api/v1/signals").param("open", "true")).andExpect(jsonPath("$.items", hasSize(0)));
		call(this.coordinator, get("/api/v1/signals")).andExpect(jsonPath("$.items", hasSize(1)));
		assertThat(log(this.coordinator)).containsSubsequence("UPDATE POST /api/v1/signals/{id}/follow-ups",
				"UPDATE POST /api/v1/signals/{id}/follow-ups");
	}

	@Test
	void otherRolesAndMunicipalitiesGetNothing() throws Exception {
		String location = location(raise(this.colleague, "PSYCHIATRIC", "Angstig", "2026-11-20"));
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR,
				Role.INSTITUTION_WORKER }) {
			CurrentUser user = this.municipality.user(role);
			call(user, get("/api/v1/signals")).andExpect(status().isForbidden());
			call(user, get(location)).andExpect(status().isForbidden());
			raise(user, "PSYCHIATRIC", "Angstig", "2026-11-20").andExpect(status().isForbidden());
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get(location)).andExpect(status().isNotFound());
		followUp(stranger, location, "CLOSED", "Weg").andExpect(status().isNotFound());
		raise(stranger, "PSYCHIATRIC", "Angstig", "2026-11-20").andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from access_log_entry where user_id = ? and outcome = 'DENIED'")
			.param(stranger.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private List<String> log(CurrentUser user) {
		return this.jdbc.sql("select action || ' ' || purpose from access_log_entry where user_id = ? order by id")
			.param(user.id())
			.query(String.class)
			.list();
	}

	private ResultActions raise(CurrentUser user, String kind, String observation, String date) throws Exception {
		return call(user, post("/api/v1/clients/{id}/signals", this.client.id()).content("{\"kind\": \"" + kind
				+ "\", \"observation\": \"" + observation + "\", \"observedOn\": \"" + date + "\"}"));
	}

	private ResultActions followUp(CurrentUser user, String location, String status, String note) throws Exception {
		return call(user, post(location + "/follow-ups").content("{\"status\": \"" + status + "\", \"notedOn\": \""
				+ LocalDate.now() + "\", \"note\": \"" + note + "\"}"));
	}

	private static String location(ResultActions result) {
		return result.andReturn().getResponse().getHeader("Location");
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
