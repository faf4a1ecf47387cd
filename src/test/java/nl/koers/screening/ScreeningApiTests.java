package nl.koers.screening;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Screening campaigns through the API: the selection, who sees which clients, recording
 * outcomes, progress, closing, and that nothing crosses a municipality.
 */
@KoersTest
class ScreeningApiTests {

	private static final String CAMPAIGNS = "/api/v1/screening-campaigns";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser coordinator;

	CurrentUser consultant;

	CurrentUser colleague;

	ClientView mine;

	ClientView theirs;

	ClientView notKp4;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.colleague = this.municipality.user(Role.CONSULTANT);
		this.mine = kp4(this.municipality, this.consultant, "2020-01-06");
		this.theirs = kp4(this.municipality, this.colleague, "2020-03-02");
		this.notKp4 = this.municipality.client(this.consultant);
	}

	@Test
	void aCoordinatorSelectsTheClientsWhoWereKp4OnTheSelectionDate() throws Exception {
		start(this.coordinator, "2020-02-03").andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(CAMPAIGNS + "/")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.toDo").value(1))
			.andExpect(jsonPath("$.examined").value(0))
			.andExpect(jsonPath("$.startedByName").value(this.coordinator.displayName()));
		start(this.coordinator, "2020-06-01").andExpect(status().isCreated()).andExpect(jsonPath("$.total").value(2));
		start(this.coordinator, "2019-12-01").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("selectionDate"))
			.andExpect(
					jsonPath("$.errors[0].message").value("Op deze peildatum had geen enkele cliënt klantprofiel 4."));
		start(this.coordinator, LocalDate.now().plusDays(2).toString()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("De peildatum mag niet in de toekomst liggen."));
		call(this.coordinator, post(CAMPAIGNS).content("{\"selectionDate\": \"2020-06-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
	}

	@Test
	void onlyACoordinatorStartsOrClosesACampaign() throws Exception {
		start(this.consultant, "2020-06-01").andExpect(status().isForbidden());
		start(this.municipality.user(Role.MANAGER), "2020-06-01").andExpect(status().isForbidden());
		String id = started();
		call(this.consultant, post(CAMPAIGNS + "/{id}/closure", id)).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from screening_campaign where municipality_id = ?")
			.param(this.municipality.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void consultantsSeeTheirOwnCaseloadCoordinatorsEveryoneManagersOnlyCounts() throws Exception {
		String id = started();
		call(this.consultant, get(CAMPAIGNS + "/{id}/clients", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].clientId").value(this.mine.id().toString()))
			.andExpect(jsonPath("$.items[0].clientName").value("Jan " + Fixtures.FAMILY_NAME));
		call(this.coordinator, get(CAMPAIGNS + "/{id}/clients", id)).andExpect(jsonPath("$.items", hasSize(2)));
		CurrentUser manager = this.municipality.user(Role.MANAGER);
		call(manager, get(CAMPAIGNS + "/{id}/clients", id)).andExpect(status().isForbidden());
		call(manager, get(CAMPAIGNS + "/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.clients").doesNotExist());
		call(this.municipality.user(Role.INSTITUTION_WORKER), get(CAMPAIGNS)).andExpect(status().isForbidden());
		assertThat(this.jdbc
			.sql("select client_id from access_log_entry where user_id = ? and action = 'LIST' and purpose like ?")
			.params(this.consultant.id(), "GET /api/v1/screening-campaigns/%")
			.query(UUID.class)
			.list()).containsExactly(this.mine.id());
	}

	@Test
	void theCaseLeadRecordsAnOutcomeAndTheProgressFollows() throws Exception {
		String id = started();
		outcome(this.consultant, id, this.mine, "{\"outcome\": \"POSSIBLY_KP3\", \"note\": \"Wil graag werken\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("POSSIBLY_KP3"))
			.andExpect(jsonPath("$.examinedByName").value(this.consultant.displayName()));
		call(this.coordinator, get(CAMPAIGNS + "/{id}", id)).andExpect(jsonPath("$.examined").value(1))
			.andExpect(jsonPath("$.toDo").value(1))
			.andExpect(jsonPath("$.outcomes.POSSIBLY_KP3").value(1))
			.andExpect(jsonPath("$.outcomes.NO_CHANGE").value(0));
		call(this.coordinator, get(CAMPAIGNS + "/{id}/clients", id).param("status", "TO_DO"))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].clientId").value(this.theirs.id().toString()));
		outcome(this.coordinator, id, this.theirs,
				"{\"outcome\": \"OTHER_ROUTE_ADVISED\", \"advisedRoute\": \"CARE_SUPPORT\", \"note\": \"Zorg eerst\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.advisedRoute").value("CARE_SUPPORT"));
		assertThat(this.jdbc.sql("select action from access_log_entry where client_id = ? and user_id = ?")
			.params(this.mine.id(), this.consultant.id())
			.query(String.class)
			.list()).contains("UPDATE");
	}

	@Test
	void aReplacedOutcomeMovesTheProgressAndItEqualsARecount() throws Exception {
		String id = started();
		outcome(this.consultant, id, this.mine, "{\"outcome\": \"POSSIBLY_KP3\", \"note\": \"Eerst\"}")
			.andExpect(status().isOk());
		outcome(this.consultant, id, this.mine, "{\"outcome\": \"POSSIBLY_KP3\", \"note\": \"Eerst\"}")
			.andExpect(status().isOk());
		outcome(this.consultant, id, this.mine, "{\"outcome\": \"NO_CHANGE\", \"note\": \"Toch niet\"}")
			.andExpect(status().isOk());
		call(this.coordinator, get(CAMPAIGNS + "/{id}", id)).andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.examined").value(1))
			.andExpect(jsonPath("$.toDo").value(1))
			.andExpect(jsonPath("$.outcomes.POSSIBLY_KP3").value(0))
			.andExpect(jsonPath("$.outcomes.NO_CHANGE").value(1));
		assertThat(this.jdbc.sql("""
				select c.total = (select count(*) from screening_item i where i.campaign_id = c.id)
				   and c.no_change = (select count(*) from screening_item i where i.campaign_id = c.id
				                      and i.outcome = 'NO_CHANGE')
				   and c.possibly_kp3 = (select count(*) from screening_item i where i.campaign_id = c.id
				                         and i.outcome = 'POSSIBLY_KP3')
				from screening_campaign c where c.id = ?""").param(UUID.fromString(id)).query(Boolean.class).single())
			.isTrue();
	}

	@Test
	void refusesAnOutcomeWithoutWhatItNeedsOrFromSomeoneElse() throws Exception {
		String id = started();
		outcome(this.colleague, id, this.mine, "{\"outcome\": \"NO_CHANGE\"}").andExpect(status().isForbidden());
		outcome(this.consultant, id, this.mine, "{\"outcome\": \"POSSIBLY_KP3\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		outcome(this.consultant, id, this.mine, "{\"outcome\": \"OTHER_ROUTE_ADVISED\", \"note\": \"Rust\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("advisedRoute"));
		outcome(this.consultant, id, this.mine, "{}").andExpect(status().isBadRequest());
		outcome(this.consultant, id, this.notKp4, "{\"outcome\": \"NO_CHANGE\"}").andExpect(status().isNotFound());
		call(this.coordinator, get(CAMPAIGNS + "/{id}", id)).andExpect(jsonPath("$.examined").value(0));
	}

	@Test
	void aClosedCampaignTakesNoMoreOutcomes() throws Exception {
		String id = started();
		call(this.coordinator, post(CAMPAIGNS + "/{id}/closure", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.closedAt").exists());
		outcome(this.consultant, id, this.mine, "{\"outcome\": \"NO_CHANGE\"}")
			.andExpect(status().isUnprocessableContent());
		call(this.coordinator, post(CAMPAIGNS + "/{id}/closure", id)).andExpect(status().isUnprocessableContent());
	}

	@Test
	void anotherMunicipalityFindsNothing() throws Exception {
		String id = started();
		Municipality other = this.fixtures.municipality();
		CurrentUser otherCoordinator = other.user(Role.COORDINATOR);
		call(otherCoordinator, get(CAMPAIGNS + "/{id}", id)).andExpect(status().isNotFound());
		call(otherCoordinator, get(CAMPAIGNS + "/{id}/clients", id)).andExpect(status().isNotFound());
		call(otherCoordinator, get(CAMPAIGNS)).andExpect(jsonPath("$.items", hasSize(0)));
		outcome(otherCoordinator, id, this.mine, "{\"outcome\": \"NO_CHANGE\"}").andExpect(status().isNotFound());
		call(otherCoordinator, post(CAMPAIGNS + "/{id}/closure", id)).andExpect(status().isNotFound());
		kp4(other, other.user(Role.CONSULTANT), "2020-01-06");
		String theirs = JsonPath
			.read(start(otherCoordinator, "2020-06-01").andReturn().getResponse().getContentAsString(), "$.id");
		call(otherCoordinator, get(CAMPAIGNS + "/{id}", theirs)).andExpect(jsonPath("$.total").value(1));
	}

	private ClientView kp4(Municipality where, CurrentUser caseLead, String date) {
		ClientView client = where.client(caseLead, Fixtures.details().caseLead(caseLead.id()));
		this.routes.decideProfile(caseLead, client.id(),
				new ProfileDecision(ClientProfile.KP4, LocalDate.parse(date), "Uitkomst intake", null));
		return client;
	}

	private String started() throws Exception {
		return JsonPath.read(start(this.coordinator, "2020-06-01").andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	private ResultActions start(CurrentUser user, String date) throws Exception {
		return call(user, post(CAMPAIGNS).content("""
				{"name": "Screening voorjaar", "selectionDate": "%s"}""".formatted(date)));
	}

	private ResultActions outcome(CurrentUser user, String id, ClientView client, String body) throws Exception {
		return call(user, put(CAMPAIGNS + "/{id}/clients/{client}/outcome", id, client.id()).content(body));
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
