package nl.koers.obligation;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.agreement.api.AgreementBroken;
import nl.koers.client.api.ClientView;
import nl.koers.conversation.api.ConversationRefused;
import nl.koers.conversation.api.NoShowRecorded;
import nl.koers.conversation.api.OutreachAttemptRecorded;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.ProfileDecision;
import nl.koers.route.api.Routes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exemptions that follow the KP4 profile, and measures: only on the two grounds, only
 * with backing facts, only with a second person's approval; the yearly report.
 */
@KoersTest
class ObligationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Routes routes;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	CurrentUser coordinator;

	ClientView client;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().benefitStartDate(LocalDate.of(2018, 1, 1)).caseLead(this.consultant.id()));
	}

	@Test
	void aKp4DecisionBringsAnExemptionThatTheCaseLeadConfirmsAndThatEndsWithTheProfile() throws Exception {
		profile(ClientProfile.KP4, "2020-01-06");
		String body = call(this.consultant, get("/api/v1/clients/{id}/exemptions", this.client.id()))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].origin").value("KP4_DECISION"))
			.andExpect(jsonPath("$.items[0].from").value("2020-01-06"))
			.andExpect(jsonPath("$.items[0].until").doesNotExist())
			.andExpect(jsonPath("$.items[0].confirmed").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.items[0].id");
		call(this.municipality.user(Role.CONSULTANT), post("/api/v1/exemptions/{id}/confirmation", id))
			.andExpect(status().isForbidden());
		call(this.consultant, post("/api/v1/exemptions/{id}/confirmation", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.confirmed").value(true))
			.andExpect(jsonPath("$.confirmedByName").value(this.consultant.displayName()));
		call(this.consultant, post("/api/v1/exemptions/{id}/confirmation", id))
			.andExpect(status().isUnprocessableContent());

		profile(ClientProfile.KP3, "2021-03-01");
		call(this.consultant, get("/api/v1/clients/{id}/exemptions", this.client.id()))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].until").value("2021-03-01"))
			.andExpect(jsonPath("$.items[0].confirmed").value(true));
	}

	@Test
	void anExemptionRecordedByHandIsCheckedAndConfirmedAtOnce() throws Exception {
		exempt("2022-05-01", "2022-04-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"));
		exempt("2017-05-01", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		exempt("2022-05-01", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.origin").value("MANUAL"))
			.andExpect(jsonPath("$.confirmed").value(true));
	}

	@Test
	void aMeasureOnAnyOtherGroundOrWithoutJustificationIsRefused() throws Exception {
		measure(this.consultant, "NO_SHOWS", "Komt nooit").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ground"))
			.andExpect(jsonPath("$.errors[0].message", containsString("alleen op grond van")));
		measure(this.consultant, "REFUSES_CONVERSATION", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("justification"));
		assertThat(measures()).isZero();
	}

	@Test
	void refusingConversationsNeedsRecentRefusalsAndFailedOutreach() throws Exception {
		measure(this.consultant, "REFUSES_CONVERSATION", "Weigert elk gesprek")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].message").value(
					"Er zijn 0 weigeringen of keren niet verschenen in de laatste 6 maanden; er zijn er minstens 3 nodig."))
			.andExpect(jsonPath("$.errors[1].message", containsString("0 benaderpogingen zonder contact")));
		for (int i = 0; i < 3; i++) {
			publish(new NoShowRecorded(UUID.randomUUID(), this.client.id(), this.municipality.id(),
					this.today.minusMonths(8)));
		}
		failedOutreach(2);
		measure(this.consultant, "REFUSES_CONVERSATION", "Weigert elk gesprek")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)));

		publish(new NoShowRecorded(UUID.randomUUID(), this.client.id(), this.municipality.id(),
				this.today.minusDays(40)));
		publish(new NoShowRecorded(UUID.randomUUID(), this.client.id(), this.municipality.id(),
				this.today.minusDays(20)));
		publish(new ConversationRefused(UUID.randomUUID(), this.client.id(), this.municipality.id(),
				this.today.minusDays(3)));
		publish(new OutreachAttemptRecorded(UUID.randomUUID(), this.client.id(), this.municipality.id(),
				this.today.minusDays(2), true));
		measure(this.consultant, "REFUSES_CONVERSATION", "Weigert elk gesprek").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.backing",
					containsString("1 weigering(en) en 2 keer niet verschenen, en 2 benaderpoging")));
		assertThat(this.jdbc.sql("select action from access_log_entry where client_id = ? and user_id = ?")
			.params(this.client.id(), this.consultant.id())
			.query(String.class)
			.list()).contains("UPDATE");
	}

	@Test
	void aBrokenAgreementBacksAMeasureOnlyWithoutValidReasonAndTiedToAProvision() throws Exception {
		measure(this.consultant, "BROKEN_TRAJECTORY_AGREEMENT", "Stopte zonder reden")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("agreementId"));
		broken(true, true);
		broken(false, false);
		measure(this.consultant, "BROKEN_TRAJECTORY_AGREEMENT", "Stopte zonder reden")
			.andExpect(status().isUnprocessableContent());
		UUID qualifying = broken(false, true);
		measure(this.consultant, "BROKEN_TRAJECTORY_AGREEMENT", "Stopte zonder reden").andExpect(status().isCreated())
			.andExpect(jsonPath("$.agreementId").value(qualifying.toString()))
			.andExpect(jsonPath("$.backing", containsString("zonder geldige reden: Dagbesteding drie ochtenden")));
	}

	@Test
	void anAgreementBrokenInTheAgreementsModuleBacksAMeasure() throws Exception {
		String made = """
				{"description": "Drie ochtenden dagbesteding", "madeOn": "%s", "provision": "Dagbesteding",
				 "costBearing": true}""".formatted(this.today.minusMonths(2));
		String agreement = JsonPath
			.read(call(this.consultant, post("/api/v1/clients/{id}/agreements", this.client.id()).content(made))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		String broken = """
				{"outcome": "BROKEN", "outcomeOn": "%s", "validReason": false, "explanation": "Kwam niet meer"}"""
			.formatted(this.today.minusDays(1));
		call(this.consultant, put("/api/v1/agreements/{id}/outcome", agreement).content(broken))
			.andExpect(status().isOk());
		measure(this.consultant, "BROKEN_TRAJECTORY_AGREEMENT", "Stopte zonder reden").andExpect(status().isCreated())
			.andExpect(jsonPath("$.agreementId").value(agreement));
	}

	@Test
	void aMeasureIsTakenOnlyWithTheApprovalOfAnotherCoordinator() throws Exception {
		UUID agreement = broken(false, true);
		String id = JsonPath.read(this.mvc
			.perform(json(post("/api/v1/clients/{id}/measures", this.client.id()),
					"""
							{"ground": "BROKEN_TRAJECTORY_AGREEMENT", "justification": "Stopte zonder reden", "agreementId": "%s"}"""
						.formatted(agreement))
				.with(user(this.coordinator)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		decide(this.consultant, id, true).andExpect(status().isForbidden());
		decide(this.coordinator, id, true).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Wie een maatregel voorstelt, kan hem niet zelf goedkeuren."));
		CurrentUser second = this.municipality.user(Role.COORDINATOR);
		decide(this.fixtures.municipality().user(Role.COORDINATOR), id, true).andExpect(status().isNotFound());
		decide(second, id, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedByName").value(second.displayName()));
		decide(second, id, false).andExpect(status().isUnprocessableContent());

		int year = this.today.getYear();
		call(this.municipality.user(Role.MANAGER),
				get("/api/v1/reports/measures").param("from", Integer.toString(year - 1))
					.param("until", Integer.toString(year)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(4)))
			.andExpect(jsonPath("$.items[3].year").value(year))
			.andExpect(jsonPath("$.items[3].ground").value("BROKEN_TRAJECTORY_AGREEMENT"))
			.andExpect(jsonPath("$.items[3].proposed").value(1))
			.andExpect(jsonPath("$.items[3].approved").value(1))
			.andExpect(jsonPath("$.items[0].proposed").value(0));
		call(this.consultant, get("/api/v1/reports/measures")).andExpect(status().isForbidden());
		call(this.fixtures.municipality().user(Role.MANAGER), get("/api/v1/reports/measures"))
			.andExpect(jsonPath("$.items[*].proposed", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(0))));
	}

	@Test
	void rolesWithoutClientAccessAndOtherMunicipalitiesGetNothing() throws Exception {
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			CurrentUser someone = this.municipality.user(role);
			call(someone, get("/api/v1/clients/{id}/exemptions", this.client.id())).andExpect(status().isForbidden());
			call(someone, get("/api/v1/clients/{id}/measures", this.client.id())).andExpect(status().isForbidden());
		}
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get("/api/v1/clients/{id}/measures", this.client.id())).andExpect(status().isNotFound());
		measure(stranger, "REFUSES_CONVERSATION", "Weigert").andExpect(status().isNotFound());
		call(this.municipality.user(Role.INSTITUTION_WORKER), get("/api/v1/clients/{id}/exemptions", this.client.id()))
			.andExpect(status().isNotFound());
	}

	private void profile(ClientProfile profile, String date) {
		this.routes.decideProfile(this.consultant, this.client.id(),
				new ProfileDecision(profile, LocalDate.parse(date), "Besluit", null));
	}

	private void failedOutreach(int count) {
		for (int i = 0; i < count; i++) {
			publish(new OutreachAttemptRecorded(UUID.randomUUID(), this.client.id(), this.municipality.id(),
					this.today.minusDays(10 + i), false));
		}
	}

	private UUID broken(boolean validReason, boolean tiedToProvision) {
		UUID id = UUID.randomUUID();
		publish(new AgreementBroken(id, this.client.id(), this.municipality.id(), this.today.minusDays(5), validReason,
				tiedToProvision, "Dagbesteding drie ochtenden"));
		return id;
	}

	private int measures() {
		return this.jdbc.sql("select count(*) from measure where client_id = ?")
			.param(this.client.id())
			.query(Integer.class)
			.single();
	}

	private ResultActions exempt(String from, String until) throws Exception {
		return call(this.consultant, post("/api/v1/clients/{id}/exemptions", this.client.id()).content("""
				{"from": "%s", "until": %s, "reason": "Mantelzorg voor partner"}""".formatted(from,
				until == null ? "null" : "\"" + until + "\"")));
	}

	private ResultActions measure(CurrentUser user, String ground, String justification) throws Exception {
		return call(user, post("/api/v1/clients/{id}/measures", this.client.id()).content("""
				{"ground": "%s", "justification": "%s"}""".formatted(ground, justification)));
	}

	private ResultActions decide(CurrentUser user, String id, boolean approved) throws Exception {
		return call(user, post("/api/v1/measures/{id}/decision", id).content("""
				{"approved": %s, "note": "Gezien de feiten"}""".formatted(approved)));
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(json(request, null).with(user(user)));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		MockHttpServletRequestBuilder json = request.contentType(MediaType.APPLICATION_JSON);
		return body == null ? json : json.content(body);
	}

	/**
	 * Publishes an event as its module does: in a transaction, so that the listeners run
	 * once it has committed.
	 */
	private void publish(Object event) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
	}

}
