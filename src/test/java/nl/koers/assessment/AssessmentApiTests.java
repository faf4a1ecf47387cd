package nl.koers.assessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
class AssessmentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality westBetuwe;

	CurrentUser caseLead;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.westBetuwe = this.fixtures.municipality();
		this.caseLead = this.westBetuwe.user(Role.CONSULTANT);
		this.client = this.westBetuwe.client(this.caseLead);
	}

	@Test
	void recordsAnAssessmentOfTheFiveDomainsByDefaultAndReadsItBack() throws Exception {
		String location = record(this.caseLead,
				Payloads.fiveDomains().score("WORK", 1).note("WORK", "Geen dagritme").summary("Eerste meting"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.instrument").value("FIVE_DOMAINS"))
			.andExpect(jsonPath("$.clientId").value(this.client.id().toString()))
			.andExpect(jsonPath("$.assessedOn").value("2024-03-01"))
			.andExpect(jsonPath("$.scores.WORK").value(1))
			.andExpect(jsonPath("$.scores.JUSTICE").value(3))
			.andExpect(jsonPath("$.notes.WORK").value("Geen dagritme"))
			.andExpect(jsonPath("$.summary").value("Eerste meting"))
			.andExpect(jsonPath("$.author.id").value(this.caseLead.id().toString()))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).startsWith("/api/v1/assessments/");
		call(this.caseLead, get(location)).andExpect(status().isOk())
			.andExpect(jsonPath("$.scores.WORK").value(1))
			.andExpect(jsonPath("$.scores.*", hasSize(5)))
			.andExpect(jsonPath("$.notes.WORK").value("Geen dagritme"));
	}

	@Test
	void recordsTheZelfredzaamheidMatrixWithItsElevenDomains() throws Exception {
		record(this.caseLead, Payloads.zrm().score("ADL", 5)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.instrument").value("ZRM"))
			.andExpect(jsonPath("$.scores.*", hasSize(11)))
			.andExpect(jsonPath("$.scores.ADL").value(5));
		record(this.caseLead, Payloads.zrm().without("JUSTICE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores.JUSTICE"));
	}

	@Test
	void listsAClientsAssessmentsNewestFirstWithScoresPagedByKey() throws Exception {
		record(this.caseLead, Payloads.fiveDomains().on(LocalDate.of(2023, 5, 1)).score("WORK", 1));
		record(this.caseLead, Payloads.fiveDomains().on(LocalDate.of(2024, 5, 1)).score("WORK", 4));
		record(this.caseLead, Payloads.zrm().on(LocalDate.of(2023, 11, 1)));
		String assessments = "/api/v1/clients/" + this.client.id() + "/assessments";
		call(this.caseLead, get(assessments)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].assessedOn", contains("2024-05-01", "2023-11-01", "2023-05-01")))
			.andExpect(jsonPath("$.items[0].scores.WORK").value(4))
			.andExpect(jsonPath("$.items[2].scores.WORK").value(1))
			.andExpect(jsonPath("$.next").doesNotExist());
		String next = JsonPath.read(call(this.caseLead, get(assessments).param("limit", "2")).andReturn()
			.getResponse()
			.getContentAsString(), "$.next");
		call(this.caseLead, get(assessments).param("limit", "2").param("next", next))
			.andExpect(jsonPath("$.items[*].assessedOn", contains("2023-05-01")))
			.andExpect(jsonPath("$.next").doesNotExist());
		call(this.caseLead, get(assessments).param("next", "garbage")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("next"));
	}

	@Test
	void refusesAnIncompleteOrWrongAssessmentNamingTheField() throws Exception {
		expectInvalid(Payloads.fiveDomains().without("SOCIAL_ENVIRONMENT"), "scores.SOCIAL_ENVIRONMENT");
		expectInvalid(Payloads.fiveDomains().score("WORK", 0), "scores.WORK");
		expectInvalid(Payloads.fiveDomains().score("HOUSING_AND_FINANCES", 6), "scores.HOUSING_AND_FINANCES");
		expectInvalid(Payloads.fiveDomains().score("ADL", 3), "scores.ADL");
		expectInvalid(Payloads.fiveDomains().note("PETS", "Een hond"), "notes.PETS");
		expectInvalid(Payloads.fiveDomains().instrument("DARIUZ"), "instrument");
		expectInvalid(Payloads.fiveDomains().on(today().plusDays(1)), "assessedOn");
		expectInvalid(Payloads.fiveDomains().on(this.client.dateOfBirth().minusDays(1)), "assessedOn");
		expectInvalid(Payloads.fiveDomains().on(null), "assessedOn");
		expectInvalid(Payloads.fiveDomains().score("WORK", "\"veel\""), "scores.WORK");
		record(this.caseLead, Payloads.fiveDomains().score("WORK", 0))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].message").value("Een score ligt tussen 1 en 5."));
		record(this.caseLead, Payloads.fiveDomains().on(today())).andExpect(status().isCreated());
		assertThat(this.jdbc.sql("select count(*) from assessment where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(actions()).containsExactly("CREATE", "UPDATE");
	}

	@Test
	void listsTheInstrumentsWithTheirDomainsForEveryone() throws Exception {
		call(this.westBetuwe.user(Role.MANAGER), get("/api/v1/instruments")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", contains("FIVE_DOMAINS", "ZRM")))
			.andExpect(jsonPath("$.items[0].domains", contains(Payloads.FIVE_DOMAINS.toArray())))
			.andExpect(jsonPath("$.items[1].domains", contains(Payloads.ZRM.toArray())));
	}

	@Test
	void isDescribedInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/clients/{id}/assessments'].post").exists())
			.andExpect(jsonPath("$.paths['/clients/{id}/assessments'].get").exists())
			.andExpect(jsonPath("$.paths['/assessments/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/instruments'].get").exists());
	}

	@Test
	void logsAnUpdateForEveryRecordedAssessmentAndAReadForEveryRead() throws Exception {
		String location = record(this.caseLead, Payloads.fiveDomains()).andReturn().getResponse().getHeader("Location");
		call(this.caseLead, get("/api/v1/clients/" + this.client.id() + "/assessments")).andExpect(status().isOk());
		call(this.caseLead, get(location)).andExpect(status().isOk());
		assertThat(actions()).containsExactly("CREATE", "UPDATE", "READ", "READ");
	}

	@Test
	void aConsultantOfAnotherMunicipalityGetsNotFound() throws Exception {
		String id = id(record(this.caseLead, Payloads.fiveDomains()));
		CurrentUser delft = this.fixtures.municipality().user(Role.CONSULTANT, Role.COORDINATOR);
		call(delft, get("/api/v1/clients/" + this.client.id() + "/assessments")).andExpect(status().isNotFound());
		call(delft, get("/api/v1/assessments/" + id)).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("WORK"))));
		record(delft, Payloads.fiveDomains()).andExpect(status().isNotFound());
		call(delft, get("/api/v1/assessments/" + UUID.randomUUID())).andExpect(status().isNotFound());
		// the assessment itself is not even found (row-level security), like an unknown
		// id:
		// only the two attempts that name the client are denied entries about the client
		assertThat(this.jdbc.sql("select outcome from access_log_entry where client_id = ? and user_id = ?")
			.params(this.client.id(), delft.id())
			.query(String.class)
			.list()).containsExactly("DENIED", "DENIED");
	}

	@Test
	void rolesWithoutClientAccessGetForbidden() throws Exception {
		String id = id(record(this.caseLead, Payloads.fiveDomains()));
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR)) {
			CurrentUser user = this.westBetuwe.user(role);
			call(user, get("/api/v1/clients/" + this.client.id() + "/assessments")).andExpect(status().isForbidden());
			call(user, get("/api/v1/assessments/" + id)).andExpect(status().isForbidden());
			call(user, get("/api/v1/assessments/" + UUID.randomUUID())).andExpect(status().isForbidden());
			record(user, Payloads.fiveDomains()).andExpect(status().isForbidden());
		}
	}

	@Test
	void anInstitutionWorkerSeesNoAssessments() throws Exception {
		String id = id(record(this.caseLead, Payloads.fiveDomains()));
		CurrentUser worker = this.westBetuwe.user(Role.INSTITUTION_WORKER);
		call(worker, get("/api/v1/clients/" + this.client.id() + "/assessments")).andExpect(status().isNotFound());
		call(worker, get("/api/v1/assessments/" + id)).andExpect(status().isNotFound());
		record(worker, Payloads.fiveDomains()).andExpect(status().isNotFound());
	}

	@Test
	void aConsultantWhoIsNotTheCaseLeadReadsButDoesNotRecordAndACoordinatorRecords() throws Exception {
		String id = id(record(this.caseLead, Payloads.fiveDomains()));
		CurrentUser colleague = this.westBetuwe.user(Role.CONSULTANT);
		call(colleague, get("/api/v1/clients/" + this.client.id() + "/assessments")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)));
		call(colleague, get("/api/v1/assessments/" + id)).andExpect(status().isOk());
		record(colleague, Payloads.fiveDomains()).andExpect(status().isForbidden());
		record(this.westBetuwe.user(Role.COORDINATOR), Payloads.fiveDomains()).andExpect(status().isCreated());
	}

	private void expectInvalid(Payloads payload, String field) throws Exception {
		record(this.caseLead, payload).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", not(startsWith("assessment."))));
	}

	private ResultActions record(CurrentUser user, Payloads payload) throws Exception {
		return call(user, post("/api/v1/clients/" + this.client.id() + "/assessments").content(payload.json()));
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(user)).contentType(MediaType.APPLICATION_JSON));
	}

	private static String id(ResultActions created) throws Exception {
		return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private List<String> actions() {
		return this.jdbc.sql("select action from access_log_entry where client_id = ? order by id")
			.param(this.client.id())
			.query(String.class)
			.list();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
	}

}
