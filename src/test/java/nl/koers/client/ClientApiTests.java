package nl.koers.client;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
@TestPropertySource(properties = "koers.api.basic-auth.enabled=true")
class ClientApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Municipality westBetuwe;

	CurrentUser consultant;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		this.westBetuwe = this.fixtures.municipality();
		this.consultant = this.westBetuwe.user(Role.CONSULTANT);
		this.coordinator = this.westBetuwe.user(Role.COORDINATOR);
	}

	@Test
	void registersAClientWithLocationVersionAndTheRegistrarAsCaseLead() throws Exception {
		call(this.consultant, post("/api/v1/clients").content(Fixtures.details().json()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/clients/")))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.caseLead.id").value(this.consultant.id().toString()));
	}

	@Test
	void refusesAnInvalidBsnNamingTheField() throws Exception {
		call(this.consultant, post("/api/v1/clients").content(Fixtures.details().bsn("123456789").json()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("bsn")));
	}

	@Test
	void refusesMissingFieldsNamingEachField() throws Exception {
		call(this.consultant, post("/api/v1/clients").content("{\"bsn\": \"111222333\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("givenName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("familyName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")));
		call(this.consultant, post("/api/v1/clients").content(Fixtures.details().benefitStartDate(null).json()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("benefitStartDate"));
	}

	@Test
	void refusesMalformedJsonAndMalformedDates() throws Exception {
		call(this.consultant, post("/api/v1/clients").content("{\"bsn\": ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
		call(this.consultant,
				post("/api/v1/clients").content(Fixtures.details().json().replace("1975-03-14", "14-03-1975")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
	}

	@Test
	void refusesABenefitThatStartsBeforeBirth() throws Exception {
		call(this.consultant,
				post("/api/v1/clients")
					.content(Fixtures.details().benefitStartDate(java.time.LocalDate.of(1970, 1, 1)).json()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("benefitStartDate"));
	}

	@Test
	void refusesABsnAlreadyRegisteredInTheMunicipalityButNotInAnother() throws Exception {
		String bsn = Fixtures.nextBsn();
		call(this.consultant, post("/api/v1/clients").content(Fixtures.details().bsn(bsn).json()))
			.andExpect(status().isCreated());
		call(this.coordinator, post("/api/v1/clients").content(Fixtures.details().bsn(bsn).json()))
			.andExpect(status().isConflict());
		CurrentUser delft = this.fixtures.municipality().user(Role.CONSULTANT);
		call(delft, post("/api/v1/clients").content(Fixtures.details().bsn(bsn).json()))
			.andExpect(status().isCreated());
	}

	@Test
	void answersNotFoundForUnknownIdsAndBadRequestForMalformedOnes() throws Exception {
		call(this.consultant, get("/api/v1/clients/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		call(this.consultant, get("/api/v1/clients/not-an-id")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void refusesAStaleEditAndKeepsTheNewerData() throws Exception {
		ClientView client = this.westBetuwe.client(this.consultant);
		call(this.consultant,
				put("/api/v1/clients/" + client.id())
					.content(Fixtures.details().bsn(client.bsn()).name("Janneke", "Jansen").version(0).json()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		call(this.consultant,
				put("/api/v1/clients/" + client.id())
					.content(Fixtures.details().bsn(client.bsn()).name("Johan", "Jansen").version(0).json()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").isNotEmpty());
		call(this.consultant, get("/api/v1/clients/" + client.id()))
			.andExpect(jsonPath("$.givenName").value("Janneke"));
	}

	@Test
	void aConsultantOfAnotherMunicipalityGetsNotFound() throws Exception {
		ClientView client = this.westBetuwe.client(this.consultant);
		CurrentUser delft = this.fixtures.municipality().user(Role.CONSULTANT, Role.COORDINATOR);
		call(delft, get("/api/v1/clients/" + client.id())).andExpect(status().isNotFound());
		call(delft,
				put("/api/v1/clients/" + client.id()).content(Fixtures.details().bsn(client.bsn()).version(0).json()))
			.andExpect(status().isNotFound());
		call(delft, put("/api/v1/clients/" + client.id() + "/case-lead")
			.content("{\"caseLeadId\": \"" + delft.id() + "\"}")).andExpect(status().isNotFound());
		call(delft, post("/api/v1/clients/search").content("{\"bsn\": \"" + client.bsn() + "\"}"))
			.andExpect(jsonPath("$.items", hasSize(0)));
		call(delft, get("/api/v1/clients")).andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void rolesWithoutClientAccessGetForbiddenEverywhere() throws Exception {
		ClientView client = this.westBetuwe.client(this.consultant);
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR)) {
			CurrentUser user = this.westBetuwe.user(role);
			call(user, get("/api/v1/clients")).andExpect(status().isForbidden());
			call(user, get("/api/v1/clients/" + client.id())).andExpect(status().isForbidden());
			call(user, post("/api/v1/clients").content(Fixtures.details().json())).andExpect(status().isForbidden());
			call(user, post("/api/v1/clients/search").content("{\"name\": \"Jansen\"}"))
				.andExpect(status().isForbidden());
			call(user,
					put("/api/v1/clients/" + client.id())
						.content(Fixtures.details().bsn(client.bsn()).version(0).json()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void anInstitutionWorkerSeesNoClients() throws Exception {
		ClientView client = this.westBetuwe.client(this.consultant);
		CurrentUser worker = this.westBetuwe.user(Role.INSTITUTION_WORKER);
		call(worker, get("/api/v1/clients")).andExpect(status().isOk()).andExpect(jsonPath("$.items", hasSize(0)));
		call(worker, get("/api/v1/clients/" + client.id())).andExpect(status().isNotFound());
		call(worker, post("/api/v1/clients/search").content("{\"bsn\": \"" + client.bsn() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)));
		call(worker, post("/api/v1/clients").content(Fixtures.details().json())).andExpect(status().isForbidden());
	}

	@Test
	void consultantsListTheirOwnCaseloadAndCoordinatorsTheMunicipality() throws Exception {
		CurrentUser other = this.westBetuwe.user(Role.CONSULTANT);
		ClientView mine = this.westBetuwe.client(this.consultant);
		ClientView theirs = this.westBetuwe.client(other);
		call(this.consultant, get("/api/v1/clients")).andExpect(jsonPath("$.items[*].id", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(mine.id().toString()));
		call(this.coordinator, get("/api/v1/clients")).andExpect(jsonPath("$.items", hasSize(2)));
		call(this.consultant, get("/api/v1/clients/" + theirs.id())).andExpect(status().isOk());
	}

	@Test
	void pagesTheCaseloadByKeyWithoutGapsOrDuplicates() throws Exception {
		for (int i = 0; i < 7; i++) {
			this.westBetuwe.client(this.consultant, Fixtures.details().name("Piet", "Achternaam" + (i % 3)));
		}
		Set<String> seen = new HashSet<>();
		String next = null;
		int pages = 0;
		do {
			String body = call(this.consultant,
					get("/api/v1/clients").param("limit", "3").param("next", next == null ? "" : next))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> ids = JsonPath.read(body, "$.items[*].id");
			seen.addAll(ids);
			next = JsonPath.<List<String>>read(body, "$..next").stream().findFirst().orElse(null);
			pages++;
		}
		while (next != null);
		assertThat(seen).hasSize(7);
		assertThat(pages).isEqualTo(3);
		call(this.consultant, get("/api/v1/clients").param("limit", "501")).andExpect(status().isBadRequest());
		call(this.consultant, get("/api/v1/clients").param("next", "garbage")).andExpect(status().isBadRequest());
	}

	@Test
	void findsClientsByNameAndByBsnInTheBody() throws Exception {
		ClientView client = this.westBetuwe.client(this.consultant, Fixtures.details().name("Fenna", "Zwanenburg"));
		call(this.consultant, post("/api/v1/clients/search").content("{\"name\": \"zwanen\"}"))
			.andExpect(jsonPath("$.items[0].id").value(client.id().toString()));
		call(this.consultant, post("/api/v1/clients/search").content("{\"bsn\": \"" + client.bsn() + "\"}"))
			.andExpect(jsonPath("$.items", hasSize(1)));
		call(this.consultant, post("/api/v1/clients/search").content("{}")).andExpect(status().isBadRequest());
		call(this.consultant, post("/api/v1/clients/search").content("{\"bsn\": \"123\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bsn"));
	}

	@Test
	void onlyTheCaseLeadOrACoordinatorChangesAClient() throws Exception {
		CurrentUser other = this.westBetuwe.user(Role.CONSULTANT);
		ClientView client = this.westBetuwe.client(this.consultant);
		call(other,
				put("/api/v1/clients/" + client.id()).content(Fixtures.details().bsn(client.bsn()).version(0).json()))
			.andExpect(status().isForbidden());
		call(this.coordinator,
				put("/api/v1/clients/" + client.id() + "/case-lead")
					.content("{\"caseLeadId\": \"" + other.id() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caseLead.id").value(other.id().toString()));
		call(this.coordinator,
				put("/api/v1/clients/" + client.id() + "/case-lead")
					.content("{\"caseLeadId\": \"" + this.coordinator.id() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caseLeadId"));
	}

	@Test
	void theApiNeedsCredentialsAndAcceptsHttpBasic() throws Exception {
		this.mvc.perform(get("/api/v1/clients"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(this.consultant.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(this.consultant.getUsername(), "wrong")))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(user)).contentType(MediaType.APPLICATION_JSON));
	}

}
