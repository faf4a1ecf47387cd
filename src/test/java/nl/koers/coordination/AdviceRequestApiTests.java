package nl.koers.coordination;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Advice requests through the API: asking, answering, who sees what, institutions with
 * their general questions, the access log, and that nothing crosses a municipality.
 */
@KoersTest
class AdviceRequestApiTests {

	private static final String REQUESTS = "/api/v1/advice-requests";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser coordinator;

	CurrentUser consultant;

	CurrentUser colleague;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.colleague = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Petra", "Vermeulen").caseLead(this.consultant.id()));
	}

	@Test
	void aConsultantAsksAboutAClientAndTheCoordinatorAnswers() throws Exception {
		String id = ask(this.consultant, "Welke verslavingszorg past?", this.client.id())
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith(REQUESTS + "/")))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.origin").value("CONSULTANT"))
			.andExpect(jsonPath("$.clientName").value("Petra Vermeulen"))
			.andExpect(jsonPath("$.askedByName").value(this.consultant.displayName()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		call(this.coordinator, put(id + "/answer").content("{\"answer\": \"Bel de GGZ.\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.answer").value("Bel de GGZ."))
			.andExpect(jsonPath("$.answeredByName").value(this.coordinator.displayName()));
		call(this.consultant, get(id)).andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("Bel de GGZ."));
		call(this.coordinator, put(id + "/answer").content("{\"answer\": \"Nogmaals\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Deze vraag is al beantwoord."));
		call(this.consultant, put(id + "/answer").content("{\"answer\": \"Zelf\"}")).andExpect(status().isForbidden());
		call(this.consultant, post(REQUESTS).content("{\"question\": \" \"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("question"));
		assertThat(this.jdbc
			.sql("select action || ' ' || purpose from access_log_entry where client_id = ? and user_id = ? "
					+ "order by id")
			.params(this.client.id(), this.coordinator.id())
			.query(String.class)
			.list()).containsExactly("READ PUT /api/v1/advice-requests/{id}/answer");
		assertThat(log(this.consultant)).contains("READ POST /api/v1/advice-requests",
				"READ GET /api/v1/advice-requests/{id}");
	}

	@Test
	void theAskerSeesTheirOwnRequestsAndTheCoordinatorAllOfTheMunicipality() throws Exception {
		ask(this.consultant, "Over de cliënt", this.client.id()).andExpect(status().isCreated());
		String general = location(ask(this.colleague, "Algemene vraag", null));
		call(this.consultant, get(REQUESTS)).andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].question").value("Over de cliënt"))
			.andExpect(jsonPath("$.items[0].clientName").value("Petra Vermeulen"));
		call(this.coordinator, get(REQUESTS)).andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].question").value("Algemene vraag"));
		call(this.consultant, get(general)).andExpect(status().isNotFound());
		call(this.coordinator, get(REQUESTS).param("limit", "1")).andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.next").exists());
		String next = JsonPath.read(call(this.coordinator, get(REQUESTS).param("limit", "1")).andReturn()
			.getResponse()
			.getContentAsString(), "$.next");
		call(this.coordinator, get(REQUESTS).param("limit", "1").param("next", next))
			.andExpect(jsonPath("$.items[0].question").value("Over de cliënt"))
			.andExpect(jsonPath("$.next").doesNotExist());
		call(this.coordinator, get(REQUESTS).param("status", "ANSWERED")).andExpect(jsonPath("$.items", hasSize(0)));
		assertThat(log(this.coordinator)).contains("LIST GET /api/v1/advice-requests");
	}

	@Test
	void institutionsAskGeneralQuestionsAndSeeOnlyTheirOrganisationsOwn() throws Exception {
		CurrentUser institution = this.municipality.user(Role.INSTITUTION_WORKER);
		CurrentUser otherInstitution = this.municipality.user(Role.INSTITUTION_WORKER);
		String id = location(ask(institution, "Wie is ons aanspreekpunt?", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.origin").value("INSTITUTION")));
		ask(institution, "Over een cliënt", this.client.id()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("clientId"));
		ask(otherInstitution, "Andere instelling", null).andExpect(status().isCreated());
		ask(this.consultant, "Van de gemeente", null).andExpect(status().isCreated());
		call(institution, get(REQUESTS)).andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].question").value("Wie is ons aanspreekpunt?"));
		call(otherInstitution, get(id)).andExpect(status().isNotFound());
		call(this.consultant, get(id)).andExpect(status().isNotFound());
		call(this.coordinator, get(REQUESTS)).andExpect(jsonPath("$.items", hasSize(3)));
		call(this.coordinator, put(id + "/answer").content("{\"answer\": \"De coördinator zelf.\"}"))
			.andExpect(status().isOk());
		call(institution, get(id)).andExpect(jsonPath("$.answer").value("De coördinator zelf."));
	}

	@Test
	void onlyTheAskerClosesARequestAndAClosedRequestIsNoLongerAnswered() throws Exception {
		String id = location(ask(this.consultant, "Nog nodig?", this.client.id()));
		call(this.coordinator, post(id + "/closure")).andExpect(status().isForbidden());
		call(this.colleague, post(id + "/closure")).andExpect(status().isForbidden());
		call(this.consultant, post(id + "/closure")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		call(this.consultant, post(id + "/closure")).andExpect(status().isUnprocessableContent());
		call(this.coordinator, put(id + "/answer").content("{\"answer\": \"Te laat\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Deze vraag is al afgesloten."));
		call(this.coordinator, get(REQUESTS).param("status", "OPEN")).andExpect(jsonPath("$.items", hasSize(0)));
		assertThat(log(this.consultant)).contains("READ POST /api/v1/advice-requests/{id}/closure");
	}

	@Test
	void otherRolesAndMunicipalitiesGetNothing() throws Exception {
		String id = location(ask(this.consultant, "Over de cliënt", this.client.id()));
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			CurrentUser user = this.municipality.user(role);
			call(user, get(REQUESTS)).andExpect(status().isForbidden());
			call(user, get(id)).andExpect(status().isForbidden());
			ask(user, "Vraag", null).andExpect(status().isForbidden());
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get(id)).andExpect(status().isNotFound());
		call(stranger, put(id + "/answer").content("{\"answer\": \"Nee\"}")).andExpect(status().isNotFound());
		ask(stranger, "Over een vreemde", this.client.id()).andExpect(status().isNotFound());
		call(stranger, get(REQUESTS)).andExpect(jsonPath("$.items", hasSize(0)));
	}

	private List<String> log(CurrentUser user) {
		return this.jdbc.sql("select action || ' ' || purpose from access_log_entry where user_id = ? order by id")
			.param(user.id())
			.query(String.class)
			.list();
	}

	private ResultActions ask(CurrentUser user, String question, UUID clientId) throws Exception {
		String about = clientId == null ? "" : ", \"clientId\": \"" + clientId + "\"";
		return call(user, post(REQUESTS).content("{\"question\": \"" + question + "\"" + about + "}"));
	}

	private static String location(ResultActions result) {
		return result.andReturn().getResponse().getHeader("Location");
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
