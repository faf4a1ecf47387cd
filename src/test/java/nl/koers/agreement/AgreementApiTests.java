package nl.koers.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.agreement.api.AgreementBroken;
import nl.koers.client.api.ClientView;
import nl.koers.goal.api.GoalCategory;
import nl.koers.goal.api.Goals;
import nl.koers.goal.api.NewGoal;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.PagingChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
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
 * Agreements through the API: recording, outcomes (appended, the latest counts), the
 * event for a broken agreement, who may read and record, and that nothing crosses a
 * municipality.
 */
@KoersTest
@RecordApplicationEvents
class AgreementApiTests {

	private static final String COSTLY = """
			{"description": "Elke dinsdag naar de dagbesteding", "madeOn": "2026-02-02",
			 "provision": "Dagbesteding De Linge", "costBearing": true}""";

	private static final String PLAIN = """
			{"description": "Belt af als hij niet kan komen", "madeOn": "2026-02-02"}""";

	private static final String BROKEN_WITHOUT_REASON = """
			{"outcome": "BROKEN", "outcomeOn": "2026-03-03", "validReason": false, "explanation": "Niet gekomen, geen bericht"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgreementService agreements;

	@Autowired
	Goals goals;

	@Autowired
	ApplicationEvents events;

	Municipality municipality;

	CurrentUser caseLead;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.caseLead = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.caseLead, Fixtures.details().caseLead(this.caseLead.id()));
	}

	@Test
	void theCaseLeadRecordsAnAgreementTiedToACostBearingProvision() throws Exception {
		String location = call(this.caseLead, post("/api/v1/clients/{id}/agreements", this.client.id()).content(COSTLY))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/agreements/")))
			.andExpect(jsonPath("$.description").value("Elke dinsdag naar de dagbesteding"))
			.andExpect(jsonPath("$.provision").value("Dagbesteding De Linge"))
			.andExpect(jsonPath("$.costBearing").value(true))
			.andExpect(jsonPath("$.tiedToProvision").value(true))
			.andExpect(jsonPath("$.outcomes", hasSize(0)))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		call(this.caseLead, get(location)).andExpect(status().isOk())
			.andExpect(jsonPath("$.clientId").value(this.client.id().toString()));
		call(this.caseLead, post("/api/v1/clients/{id}/agreements", this.client.id()).content(PLAIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.costBearing").value(false))
			.andExpect(jsonPath("$.tiedToProvision").value(false));
		call(this.caseLead, get("/api/v1/clients/{id}/agreements", this.client.id()))
			.andExpect(jsonPath("$.items", hasSize(2)));
	}

	@Test
	void outcomesAreAppendedAndTheLatestCounts() throws Exception {
		String id = agreement(COSTLY);
		outcome(id, BROKEN_WITHOUT_REASON).andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome.outcome").value("BROKEN"))
			.andExpect(jsonPath("$.outcome.validReason").value(false));
		assertThat(this.agreements.brokenWithoutValidReason(this.caseLead, this.client.id()))
			.extracting(BrokenAgreement::agreementId, BrokenAgreement::brokenOn, BrokenAgreement::tiedToProvision)
			.containsExactly(tuple(UUID.fromString(id), LocalDate.of(2026, 3, 3), true));
		outcome(id,
				"""
						{"outcome": "BROKEN", "outcomeOn": "2026-03-03", "validReason": true, "explanation": "Lag in het ziekenhuis"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcomes[*].validReason", contains(false, true)))
			.andExpect(jsonPath("$.outcome.explanation").value("Lag in het ziekenhuis"));
		assertThat(this.agreements.brokenWithoutValidReason(this.caseLead, this.client.id())).isEmpty();
		outcome(id, "{\"outcome\": \"KEPT\", \"outcomeOn\": \"2026-04-01\", \"validReason\": false}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome.outcome").value("KEPT"))
			.andExpect(jsonPath("$.outcome.validReason").doesNotExist())
			.andExpect(jsonPath("$.outcomes", hasSize(3)));
	}

	@Test
	void aBrokenAgreementIsPublishedWithItsFlags() throws Exception {
		String costly = agreement(COSTLY);
		String plain = agreement(PLAIN);
		String trajectory = agreement("""
				{"description": "Doet mee aan fase 1", "madeOn": "2026-02-02", "trajectoryId": "%s"}"""
			.formatted(UUID.randomUUID()));
		outcome(plain, "{\"outcome\": \"KEPT\", \"outcomeOn\": \"2026-03-03\"}").andExpect(status().isOk());
		assertThat(this.events.stream(AgreementBroken.class)).isEmpty();
		outcome(costly, BROKEN_WITHOUT_REASON).andExpect(status().isOk());
		outcome(plain, BROKEN_WITHOUT_REASON.replace("false", "true")).andExpect(status().isOk());
		outcome(trajectory, BROKEN_WITHOUT_REASON).andExpect(status().isOk());
		assertThat(this.events.stream(AgreementBroken.class).toList()).containsExactly(
				new AgreementBroken(UUID.fromString(costly), this.client.id(), this.municipality.id(),
						LocalDate.of(2026, 3, 3), false, true, "Elke dinsdag naar de dagbesteding"),
				new AgreementBroken(UUID.fromString(plain), this.client.id(), this.municipality.id(),
						LocalDate.of(2026, 3, 3), true, false, "Belt af als hij niet kan komen"),
				new AgreementBroken(UUID.fromString(trajectory), this.client.id(), this.municipality.id(),
						LocalDate.of(2026, 3, 3), false, true, "Doet mee aan fase 1"));
	}

	@Test
	void refusesIncompleteOrImpossibleInput() throws Exception {
		call(this.caseLead, post("/api/v1/clients/{id}/agreements", this.client.id()).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("madeOn")));
		call(this.caseLead,
				post("/api/v1/clients/{id}/agreements", this.client.id())
					.content(COSTLY.replace("\"provision\": \"Dagbesteding De Linge\",", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("provision"))
			.andExpect(jsonPath("$.errors[0].message").value("Noem de voorziening die geld kost."));
		call(this.caseLead,
				post("/api/v1/clients/{id}/agreements", this.client.id())
					.content(COSTLY.replace("}", ", \"trajectoryId\": \"" + UUID.randomUUID() + "\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("trajectoryId"));
		call(this.caseLead,
				post("/api/v1/clients/{id}/agreements", this.client.id())
					.content(PLAIN.replace("2026-02-02", LocalDate.now().plusDays(3).toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("De datum mag niet in de toekomst liggen."));
		String id = agreement(PLAIN);
		outcome(id, "{\"outcome\": \"BROKEN\", \"outcomeOn\": \"2026-03-03\", \"explanation\": \"Weg\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validReason"));
		outcome(id, "{\"outcome\": \"BROKEN\", \"outcomeOn\": \"2026-03-03\", \"validReason\": false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("explanation"))
			.andExpect(jsonPath("$.errors[0].message").value("Licht toe waarom de afspraak niet is nagekomen."));
		outcome(id, BROKEN_WITHOUT_REASON.replace("2026-03-03", "2026-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("outcomeOn"));
		outcome(id, "{\"outcome\": \"FORGOTTEN\", \"outcomeOn\": \"2026-03-03\"}").andExpect(status().isBadRequest());
		assertThat(this.events.stream(AgreementBroken.class)).isEmpty();
		call(this.caseLead, get("/api/v1/agreements/{id}", id)).andExpect(jsonPath("$.outcomes", hasSize(0)));
	}

	@Test
	void rolesWithoutClientWorkGet403() throws Exception {
		String id = agreement(PLAIN);
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			CurrentUser user = this.municipality.user(role);
			call(user, get("/api/v1/clients/{id}/agreements", this.client.id())).andExpect(status().isForbidden());
			call(user, get("/api/v1/agreements/{id}", id)).andExpect(status().isForbidden());
			call(user, post("/api/v1/clients/{id}/agreements", this.client.id()).content(PLAIN))
				.andExpect(status().isForbidden());
			call(user, put("/api/v1/agreements/{id}/outcome", id).content(BROKEN_WITHOUT_REASON))
				.andExpect(status().isForbidden());
		}
		CurrentUser institution = this.municipality.user(Role.INSTITUTION_WORKER);
		call(institution, get("/api/v1/clients/{id}/agreements", this.client.id())).andExpect(status().isNotFound());
		call(institution, get("/api/v1/agreements/{id}", id)).andExpect(status().isNotFound());
		call(institution, put("/api/v1/agreements/{id}/outcome", id).content(BROKEN_WITHOUT_REASON))
			.andExpect(status().isForbidden());
		assertThat(this.events.stream(AgreementBroken.class)).isEmpty();
	}

	@Test
	void aConsultantWhoIsNotTheCaseLeadReadsButDoesNotRecord() throws Exception {
		String id = agreement(PLAIN);
		CurrentUser colleague = this.municipality.user(Role.CONSULTANT);
		call(colleague, get("/api/v1/agreements/{id}", id)).andExpect(status().isOk());
		call(colleague, post("/api/v1/clients/{id}/agreements", this.client.id()).content(PLAIN))
			.andExpect(status().isForbidden());
		call(colleague, put("/api/v1/agreements/{id}/outcome", id).content(BROKEN_WITHOUT_REASON))
			.andExpect(status().isForbidden());
		assertThat(this.events.stream(AgreementBroken.class)).isEmpty();
		call(this.municipality.user(Role.COORDINATOR),
				put("/api/v1/agreements/{id}/outcome", id).content(BROKEN_WITHOUT_REASON))
			.andExpect(status().isOk());
	}

	@Test
	void anotherMunicipalityFindsNothing() throws Exception {
		String id = agreement(PLAIN);
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get("/api/v1/agreements/{id}", id)).andExpect(status().isNotFound());
		call(stranger, get("/api/v1/clients/{id}/agreements", this.client.id())).andExpect(status().isNotFound());
		call(stranger, post("/api/v1/clients/{id}/agreements", this.client.id()).content(PLAIN))
			.andExpect(status().isNotFound());
		call(stranger, put("/api/v1/agreements/{id}/outcome", id).content(BROKEN_WITHOUT_REASON))
			.andExpect(status().isNotFound());
		assertThat(this.events.stream(AgreementBroken.class)).isEmpty();
	}

	@Test
	void everyCallIsInTheAccessLog() throws Exception {
		String id = agreement(PLAIN);
		call(this.caseLead, get("/api/v1/clients/{id}/agreements", this.client.id())).andExpect(status().isOk());
		call(this.caseLead, get("/api/v1/agreements/{id}", id)).andExpect(status().isOk());
		outcome(id, BROKEN_WITHOUT_REASON).andExpect(status().isOk());
		assertThat(log("POST /api/v1/clients/{id}/agreements")).containsExactly("UPDATE");
		assertThat(log("GET /api/v1/clients/{id}/agreements")).containsExactly("READ");
		assertThat(log("GET /api/v1/agreements/{id}")).containsExactly("READ");
		assertThat(log("PUT /api/v1/agreements/{id}/outcome")).containsExactly("UPDATE");
	}

	@Test
	void goalsAndAgreementsAreOnTheTimelineInDateOrder() throws Exception {
		this.goals.set(this.caseLead, this.client.id(),
				new NewGoal(GoalCategory.DAILY_RHYTHM, "Op tijd opstaan", LocalDate.of(2026, 1, 5)));
		String id = agreement(PLAIN);
		outcome(id, BROKEN_WITHOUT_REASON).andExpect(status().isOk());
		call(this.caseLead, get("/api/v1/clients/{id}/timeline", this.client.id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].date", contains("2026-03-03", "2026-02-02", "2026-01-05")))
			.andExpect(jsonPath("$.items[*].kind", contains("AGREEMENT", "AGREEMENT", "GOAL")))
			.andExpect(jsonPath("$.items[*].titleKey",
					contains("timeline.agreement.brokenWithoutReason", "timeline.agreement.made",
							"timeline.goal.DAILY_RHYTHM")))
			.andExpect(jsonPath("$.items[0].text").value("Niet gekomen, geen bericht"));
	}

	private List<String> log(String purpose) {
		return this.jdbc
			.sql("select action from access_log_entry where user_id = ? and client_id = ? and purpose = ? order by id")
			.params(this.caseLead.id(), this.client.id(), purpose)
			.query(String.class)
			.list();
	}

	@Test
	void theAgreementsArePagedByKeyInDateOrder() throws Exception {
		for (String date : List.of("2026-03-01", "2026-02-02", "2026-02-02", "2026-01-01", "2026-02-02")) {
			agreement(PLAIN.replace("2026-02-02", date));
		}
		PagingChecks.pagesThrough(this.mvc, this.caseLead, "/api/v1/clients/" + this.client.id() + "/agreements", 2, 5);
		call(this.caseLead, get("/api/v1/clients/{id}/agreements", this.client.id())).andExpect(jsonPath(
				"$.items[*].madeOn", contains("2026-01-01", "2026-02-02", "2026-02-02", "2026-02-02", "2026-03-01")));
	}

	private String agreement(String body) throws Exception {
		return JsonPath
			.read(call(this.caseLead, post("/api/v1/clients/{id}/agreements", this.client.id()).content(body))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
	}

	private ResultActions outcome(String id, String body) throws Exception {
		return call(this.caseLead, put("/api/v1/agreements/{id}/outcome", id).content(body));
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
