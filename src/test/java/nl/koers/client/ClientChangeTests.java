package nl.koers.client;

import java.time.LocalDate;
import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.client.api.HouseholdMember;
import nl.koers.client.api.HouseholdMembers;
import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.Households;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rectification keeps its history: every changed detail, case lead and household member
 * list with the old and the new value, who and when; nothing for a field that did not
 * change; on the file and through the API, for the municipality's staff only.
 */
@KoersTest
class ClientChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead,
				Fixtures.details().name("Anna", "Bakker").caseLead(this.caseLead.id()));
	}

	@Test
	void aCorrectionKeepsTheOldAndTheNewValueOfEveryChangedFieldOnly() throws Exception {
		call(this.caseLead, put("/api/v1/clients/{id}", this.client.id()).content(details("de Bakker-Smit")))
			.andExpect(status().isOk());
		call(this.caseLead, get("/api/v1/clients/{id}/changes", this.client.id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].field").value("familyName"))
			.andExpect(jsonPath("$.items[0].oldValue").value("Bakker"))
			.andExpect(jsonPath("$.items[0].newValue").value("de Bakker-Smit"))
			.andExpect(jsonPath("$.items[0].source").value("USER"))
			.andExpect(jsonPath("$.items[0].changedByName").value(this.caseLead.displayName()));
	}

	@Test
	void aNewCaseLeadAndNewHouseholdMembersAreChangesToo() throws Exception {
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		CurrentUser successor = this.municipality.user(Role.CONSULTANT);
		call(coordinator, put("/api/v1/clients/{id}/case-lead", this.client.id())
			.content("{\"caseLeadId\": \"" + successor.id() + "\"}")).andExpect(status().isOk());
		this.households.replaceMembers(successor, this.client.id(), new HouseholdMembers(List
			.of(new HouseholdMember(HouseholdRelation.CHILD, "Emma", null, "Bakker", LocalDate.of(2012, 5, 1), null)),
				0L));
		call(successor, get("/api/v1/clients/{id}/changes", this.client.id()))
			.andExpect(jsonPath("$.items[*].field", contains("householdMembers", "caseLead")))
			.andExpect(jsonPath("$.items[0].oldValue").doesNotExist())
			.andExpect(jsonPath("$.items[0].newValue").value("CHILD Emma Bakker (2012-05-01)"))
			.andExpect(jsonPath("$.items[1].oldValue").value(this.caseLead.displayName()))
			.andExpect(jsonPath("$.items[1].newValue").value(successor.displayName()))
			.andExpect(jsonPath("$.items[1].changedByName").value(coordinator.displayName()));

		Document page = Jsoup
			.parse(this.mvc.perform(get("/clients/{id}/changes", this.client.id()).with(user(successor)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select("table.changes tbody tr")).hasSize(2);
		assertThat(page.select("table.changes tbody tr").get(1).text()).contains("Regievoerder",
				this.caseLead.displayName(), successor.displayName(), coordinator.displayName());
		assertThat(page.select("nav.file-tabs a[aria-current=page]").text()).isEqualTo("Wijzigingen");
	}

	@Test
	void savingWithoutAChangeLeavesNoHistory() throws Exception {
		call(this.caseLead, put("/api/v1/clients/{id}", this.client.id()).content(details("Bakker")))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from client_change where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void onlyTheMunicipalitysStaffReadTheHistory() throws Exception {
		for (Role role : List.of(Role.MANAGER, Role.CONTRACT_MANAGER, Role.INSTITUTION_WORKER, Role.ADMINISTRATOR,
				Role.AUDITOR)) {
			call(this.municipality.user(role), get("/api/v1/clients/{id}/changes", this.client.id()))
				.andExpect(status().isForbidden());
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get("/api/v1/clients/{id}/changes", this.client.id())).andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/changes", this.client.id()).with(user(stranger)))
			.andExpect(status().isNotFound());
	}

	/**
	 * The client's details as registered, with this family name.
	 */
	private String details(String familyName) {
		return """
				{"bsn": "%s", "givenName": "Anna", "familyName": "%s", "dateOfBirth": "%s", "benefitStartDate": "%s",
				 "street": "%s", "houseNumber": "1", "postalCode": "4191 AB", "city": "Geldermalsen",
				 "caseLeadId": "%s", "version": 0}""".formatted(this.client.bsn(), familyName,
				this.client.dateOfBirth(), this.client.benefitStartDate(), Fixtures.STREET, this.caseLead.id());
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
