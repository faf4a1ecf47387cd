package nl.koers.accesslog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class AccessLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
	}

	@Test
	void logsACreateWithWhoWhatWhyAndFromWhere() throws Exception {
		String body = this.mvc.perform(post("/api/v1/clients").with(user(this.consultant)).with(request -> {
			request.setRemoteAddr("10.1.2.3");
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content(Fixtures.details().json()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID clientId = UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
		Map<String, Object> entry = this.jdbc.sql("select * from access_log_entry where client_id = ?")
			.param(clientId)
			.query()
			.singleRow();
		assertThat(entry).containsEntry("user_id", this.consultant.id())
			.containsEntry("username", this.consultant.getUsername())
			.containsEntry("user_display_name", this.consultant.displayName())
			.containsEntry("roles", "CONSULTANT")
			.containsEntry("municipality_id", this.municipality.id())
			.containsEntry("action", "CREATE")
			.containsEntry("purpose", "POST /api/v1/clients")
			.containsEntry("outcome", "SUCCESS")
			.containsEntry("remote_address", "10.1.2.3");
		assertThat(entry.get("occurred_at")).isNotNull();
	}

	@Test
	void logsEveryReadUpdateAndEachClientInAListOrSearchResult() throws Exception {
		ClientView first = this.municipality.client(this.consultant, Fixtures.details().name("Aad", "Logtest"));
		ClientView second = this.municipality.client(this.consultant, Fixtures.details().name("Bea", "Logtest"));
		this.mvc.perform(get("/api/v1/clients/" + first.id()).with(user(this.consultant))).andExpect(status().isOk());
		this.mvc.perform(get("/clients/" + first.id()).with(user(this.consultant))).andExpect(status().isOk());
		this.mvc
			.perform(put("/api/v1/clients/" + first.id()).with(user(this.consultant))
				.contentType(MediaType.APPLICATION_JSON)
				.content(Fixtures.details().bsn(first.bsn()).name("Aad", "Logtest").version(0).json()))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/clients/search").with(user(this.consultant))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"logtest\"}"))
			.andExpect(jsonPath("$.items", hasSize(2)));
		this.mvc.perform(get("/api/v1/clients").with(user(this.consultant))).andExpect(status().isOk());

		assertThat(actions(first.id())).containsExactly("CREATE", "READ", "READ", "UPDATE", "SEARCH", "LIST");
		assertThat(actions(second.id())).containsExactly("CREATE", "SEARCH", "LIST");
		assertThat(purposes(first.id())).contains("GET /api/v1/clients/{id}", "GET /clients/{id}",
				"PUT /api/v1/clients/{id}", "POST /api/v1/clients/search", "GET /api/v1/clients");
	}

	@Test
	void logsARefusedReadOfAnotherMunicipalitysClient() throws Exception {
		ClientView client = this.municipality.client(this.consultant);
		CurrentUser stranger = this.fixtures.municipality().user(Role.CONSULTANT);
		this.mvc.perform(get("/api/v1/clients/" + client.id()).with(user(stranger))).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select outcome from access_log_entry where client_id = ? and user_id = ?")
			.params(client.id(), stranger.id())
			.query(String.class)
			.list()).containsExactly("DENIED");
	}

	@Test
	void theLogIsAppendOnly() {
		this.municipality.client(this.consultant);
		assertThatThrownBy(() -> this.jdbc.sql("update access_log_entry set outcome = 'DENIED'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from access_log_entry").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void auditorsReadTheirMunicipalitysLogPerClientAndPerUser() throws Exception {
		ClientView client = this.municipality.client(this.consultant);
		this.mvc.perform(get("/api/v1/clients/" + client.id()).with(user(this.consultant))).andExpect(status().isOk());
		CurrentUser auditor = this.municipality.user(Role.AUDITOR);
		this.mvc.perform(get("/api/v1/access-log").param("clientId", client.id().toString()).with(user(auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].action").value("READ"))
			.andExpect(jsonPath("$.items[1].action").value("CREATE"));
		this.mvc
			.perform(get("/api/v1/access-log").param("userId", this.consultant.id().toString())
				.param("limit", "1")
				.with(user(auditor)))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.next").isNotEmpty());
		this.mvc.perform(get("/api/v1/access-log/clients/" + client.id() + "/overview").with(user(auditor)))
			.andExpect(jsonPath("$[0].times").value(2))
			.andExpect(jsonPath("$[0].userDisplayName").value(this.consultant.displayName()));
		this.mvc.perform(get("/access-log/clients/" + client.id()).with(user(auditor))).andExpect(status().isOk());
		this.mvc.perform(get("/access-log").with(user(auditor))).andExpect(status().isOk());
	}

	@Test
	void nobodyButAuditorsReadsTheLogAndNeverAnotherMunicipalitys() throws Exception {
		ClientView client = this.municipality.client(this.consultant);
		for (Role role : List.of(Role.CONSULTANT, Role.COORDINATOR, Role.MANAGER, Role.ADMINISTRATOR,
				Role.INSTITUTION_WORKER, Role.CONTRACT_MANAGER)) {
			CurrentUser user = this.municipality.user(role);
			this.mvc.perform(get("/api/v1/access-log").with(user(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/access-log").with(user(user))).andExpect(status().isForbidden());
		}
		CurrentUser otherAuditor = this.fixtures.municipality().user(Role.AUDITOR);
		this.mvc.perform(get("/api/v1/access-log").param("clientId", client.id().toString()).with(user(otherAuditor)))
			.andExpect(jsonPath("$.items", hasSize(0)));
		this.mvc.perform(get("/api/v1/access-log/clients/" + client.id() + "/overview").with(user(otherAuditor)))
			.andExpect(status().isNotFound());
	}

	private List<String> actions(UUID clientId) {
		return this.jdbc.sql("select action from access_log_entry where client_id = ? order by id")
			.param(clientId)
			.query(String.class)
			.list();
	}

	private List<String> purposes(UUID clientId) {
		return this.jdbc.sql("select purpose from access_log_entry where client_id = ? order by id")
			.param(clientId)
			.query(String.class)
			.list();
	}

}
