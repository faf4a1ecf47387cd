package nl.koers.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures.Municipality;
import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.conversation.api.Appointments;
import nl.koers.conversation.api.ConversationRefused;
import nl.koers.conversation.api.NoShowRecorded;
import nl.koers.conversation.api.OutreachAttemptRecorded;
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
 * Appointments, contacts and outreach through the API: the rules for outcomes,
 * rescheduling and cancelling, the outreach task a no-show opens and closes, the events
 * for measures, and who may do what.
 */
@KoersTest
@RecordApplicationEvents
class ConversationApiTests {

	private static final String HELD = """
			{"outcome": "HELD", "summary": "Over dagritme gesproken", "lifeDomains": ["WORK", "JUSTICE"],
			 "nextStep": "Vrijwilligerswerk zoeken"}""";

	private static final String NO_SHOW = "{\"outcome\": \"NO_SHOW\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	Municipality municipality;

	CurrentUser consultant;

	CurrentUser colleague;

	CurrentUser coordinator;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.colleague = this.municipality.user(Role.CONSULTANT);
		this.coordinator = this.municipality.user(Role.COORDINATOR);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Sven", "Smit").caseLead(this.consultant.id()));
	}

	@Test
	void theCaseLeadPlansAConversationAndHoldsIt() throws Exception {
		String id = plan(this.consultant, "2026-01-12T10:00", "FACE_TO_FACE", "Gemeentehuis")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/appointments/")))
			.andExpect(jsonPath("$.plannedAt").value("2026-01-12T10:00:00+01:00"))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.consultantId").value(this.consultant.id().toString()))
			.andExpect(jsonPath("$.clientName").value("Sven Smit"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String appointment = JsonPath.read(id, "$.id");
		outcome(this.consultant, appointment, HELD).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.lifeDomains", hasSize(2)))
			.andExpect(jsonPath("$.nextStep").value("Vrijwilligerswerk zoeken"))
			.andExpect(jsonPath("$.changes[*].kind", contains("PLANNED", "HELD")));
		call(this.consultant, get("/api/v1/clients/{id}/appointments", this.client.id()))
			.andExpect(jsonPath("$.items", hasSize(1)));
		call(this.coordinator, get("/api/v1/appointments/{id}", appointment)).andExpect(status().isOk())
			.andExpect(jsonPath("$.summary").value("Over dagritme gesproken"));
	}

	@Test
	void aCoordinatorPlansForTheCaseLeadOrAnotherConsultant() throws Exception {
		plan(this.coordinator, "2026-01-12T10:00", "PHONE", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.consultantId").value(this.consultant.id().toString()))
			.andExpect(jsonPath("$.plannedByName").value(this.coordinator.displayName()));
		call(this.coordinator,
				post("/api/v1/clients/{id}/appointments", this.client.id()).content("""
						{"plannedAt": "2026-01-13T10:00", "channel": "VIDEO", "consultantId": "%s"}"""
					.formatted(this.colleague.id())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.consultantName").value(this.colleague.displayName()));
		call(this.coordinator,
				post("/api/v1/clients/{id}/appointments", this.client.id()).content("""
						{"plannedAt": "2026-01-13T10:00", "channel": "VIDEO", "consultantId": "%s"}"""
					.formatted(this.coordinator.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consultantId"));
		call(this.consultant, post("/api/v1/clients/{id}/appointments", this.client.id()).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("plannedAt")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("channel")));
	}

	@Test
	void anOutcomeOnlyForAPlannedAppointmentWhoseTimeHasCome() throws Exception {
		String future = planned(LocalDateTime.now().plusDays(2).withNano(0).toString());
		outcome(this.consultant, future, NO_SHOW).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Een uitkomst kan pas worden vastgelegd als het tijdstip van het gesprek voorbij is."));
		String past = planned("2026-01-12T10:00");
		outcome(this.consultant, past, "{\"outcome\": \"HELD\", \"summary\": \"Kort\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lifeDomains"));
		outcome(this.consultant, past, "{\"outcome\": \"HELD\", \"lifeDomains\": [\"WORK\"], \"nextStep\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("summary"));
		outcome(this.consultant, past, "{\"outcome\": \"MAYBE\"}").andExpect(status().isBadRequest());
		outcome(this.consultant, past, HELD).andExpect(status().isOk());
		outcome(this.consultant, past, NO_SHOW).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Dit gesprek is niet meer gepland: het is gevoerd, afgezegd of geannuleerd."));
		cancel(past).andExpect(status().isUnprocessableContent());
	}

	@Test
	void reschedulingAndCancellingKeepTheHistory() throws Exception {
		String id = planned("2026-01-12T10:00");
		call(this.consultant, post("/api/v1/appointments/{id}/reschedule", id).content("""
				{"plannedAt": "2026-01-14T09:30", "reason": "Cliënt is ziek"}""")).andExpect(status().isOk())
			.andExpect(jsonPath("$.plannedAt").value("2026-01-14T09:30:00+01:00"))
			.andExpect(jsonPath("$.changes[1].kind").value("RESCHEDULED"))
			.andExpect(jsonPath("$.changes[1].previousPlannedAt").value("2026-01-12T10:00:00+01:00"))
			.andExpect(jsonPath("$.changes[1].reason").value("Cliënt is ziek"));
		call(this.consultant,
				post("/api/v1/appointments/{id}/reschedule", id).content("{\"plannedAt\": " + "\"2026-01-15T09:30\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		cancel(id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.plannedAt").value("2026-01-14T09:30:00+01:00"))
			.andExpect(jsonPath("$.changes[*].kind", contains("PLANNED", "RESCHEDULED", "CANCELLED")));
		outcome(this.consultant, id, NO_SHOW).andExpect(status().isUnprocessableContent());
		call(this.consultant, post("/api/v1/appointments/{id}/reschedule", id).content("""
				{"plannedAt": "2026-01-16T09:30", "reason": "Toch"}""")).andExpect(status().isUnprocessableContent());
	}

	@Test
	void aNoShowOpensOutreachUntilContactIsRestored() throws Exception {
		String id = planned("2025-12-24T10:00");
		outcome(this.consultant, id, NO_SHOW).andExpect(status().isOk());
		call(this.consultant, get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].type").value("OUTREACH"))
			.andExpect(jsonPath("$.items[0].clientId").value(this.client.id().toString()))
			.andExpect(jsonPath("$.items[0].dueDate").value("2026-01-05"));
		outreach(this.consultant, "NO_RESPONSE", LocalDate.now().toString()).andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/clients/" + this.client.id())));
		call(this.consultant, get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(1)));
		outreach(this.consultant, "CONTACT_RESTORED", LocalDate.now().toString()).andExpect(status().isCreated());
		call(this.consultant, get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(0)));
		call(this.consultant, get("/api/v1/clients/{id}/outreach-attempts", this.client.id()))
			.andExpect(jsonPath("$.items[*].result", contains("CONTACT_RESTORED", "NO_RESPONSE")));
		outreach(this.consultant, "NO_RESPONSE", LocalDate.now().toString())
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aHeldConversationOrAContactAfterTheNoShowRestoresContactARefusalDoesNot() throws Exception {
		outcome(this.consultant, planned("2026-01-05T10:00"), NO_SHOW).andExpect(status().isOk());
		contact(this.consultant, "2026-01-04T10:00", false).andExpect(status().isCreated());
		contact(this.consultant, "2026-01-06T10:00", true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.refused").value(true));
		call(this.consultant, get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(1)));
		contact(this.consultant, "2026-01-07T10:00", false).andExpect(status().isCreated());
		call(this.consultant, get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(0)));

		outcome(this.consultant, planned("2026-01-12T10:00"), NO_SHOW).andExpect(status().isOk());
		outcome(this.consultant, planned("2026-01-13T10:00"), HELD).andExpect(status().isOk());
		call(this.consultant, get("/api/v1/tasks")).andExpect(jsonPath("$.items", hasSize(0)));
		call(this.consultant, get("/api/v1/clients/{id}/contacts", this.client.id()))
			.andExpect(jsonPath("$.items", hasSize(3)));
		contact(this.consultant, LocalDateTime.now().plusHours(2).withNano(0).toString(), false)
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void publishesTheEventsMeasuresDependOn() throws Exception {
		String missed = planned("2026-01-05T10:00");
		outcome(this.consultant, missed, NO_SHOW).andExpect(status().isOk());
		String refused = planned("2026-01-06T10:00");
		outcome(this.consultant, refused, "{\"outcome\": \"REFUSED\"}").andExpect(status().isOk());
		outreach(this.consultant, "REFUSED", "2026-01-07").andExpect(status().isCreated());
		contact(this.consultant, "2026-01-08T10:00", true).andExpect(status().isCreated());
		UUID clientId = this.client.id();
		UUID municipalityId = this.municipality.id();
		assertThat(this.events.stream(NoShowRecorded.class)).containsExactly(
				new NoShowRecorded(UUID.fromString(missed), clientId, municipalityId, LocalDate.of(2026, 1, 5)));
		assertThat(this.events.stream(ConversationRefused.class)).hasSize(3)
			.extracting(ConversationRefused::date)
			.containsExactly(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8));
		assertThat(this.events.stream(ConversationRefused.class).findFirst().get().sourceId())
			.isEqualTo(UUID.fromString(refused));
		assertThat(this.events.stream(OutreachAttemptRecorded.class)).singleElement()
			.satisfies(event -> assertThat(event.contactRestored()).isFalse())
			.satisfies(event -> assertThat(event.clientId()).isEqualTo(clientId));
	}

	@Test
	void rolesWithoutClientAccessGet403() throws Exception {
		String id = planned("2026-01-12T10:00");
		for (Role role : new Role[] { Role.MANAGER, Role.CONTRACT_MANAGER, Role.ADMINISTRATOR, Role.AUDITOR }) {
			CurrentUser user = this.municipality.user(role);
			plan(user, "2026-01-12T10:00", "PHONE", null).andExpect(status().isForbidden());
			call(user, get("/api/v1/clients/{id}/appointments", this.client.id())).andExpect(status().isForbidden());
			call(user, get("/api/v1/appointments/{id}", id)).andExpect(status().isForbidden());
			outcome(user, id, NO_SHOW).andExpect(status().isForbidden());
			call(user, get("/api/v1/clients/{id}/contacts", this.client.id())).andExpect(status().isForbidden());
			call(user, get("/api/v1/agenda")).andExpect(status().isForbidden());
		}
		CurrentUser institution = this.municipality.user(Role.INSTITUTION_WORKER);
		call(institution, get("/api/v1/clients/{id}/appointments", this.client.id())).andExpect(status().isNotFound());
		call(institution, get("/api/v1/appointments/{id}", id)).andExpect(status().isNotFound());
		call(institution, get("/api/v1/agenda")).andExpect(status().isForbidden());
	}

	@Test
	void aConsultantWhoIsNotTheCaseLeadReadsButDoesNotRecord() throws Exception {
		String id = planned("2026-01-12T10:00");
		call(this.colleague, get("/api/v1/appointments/{id}", id)).andExpect(status().isOk());
		plan(this.colleague, "2026-01-12T10:00", "PHONE", null).andExpect(status().isForbidden());
		outcome(this.colleague, id, NO_SHOW).andExpect(status().isForbidden());
		cancel(id, this.colleague).andExpect(status().isForbidden());
		contact(this.colleague, "2026-01-06T10:00", false).andExpect(status().isForbidden());
		call(this.colleague, get("/api/v1/agenda").param("consultantId", this.consultant.id().toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anotherMunicipalityFindsNothing() throws Exception {
		String id = planned("2026-01-12T10:00");
		CurrentUser stranger = this.fixtures.municipality().user(Role.COORDINATOR);
		call(stranger, get("/api/v1/appointments/{id}", id)).andExpect(status().isNotFound());
		outcome(stranger, id, NO_SHOW).andExpect(status().isNotFound());
		cancel(id, stranger).andExpect(status().isNotFound());
		plan(stranger, "2026-01-12T10:00", "PHONE", null).andExpect(status().isNotFound());
		call(stranger, get("/api/v1/clients/{id}/outreach-attempts", this.client.id()))
			.andExpect(status().isNotFound());
		call(stranger, get("/api/v1/agenda").param("consultantId", this.consultant.id().toString()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAgendaShowsAWeekAndLogsOneListEntryPerClient() throws Exception {
		ClientView other = this.municipality.client(this.consultant, Fixtures.details().caseLead(this.consultant.id()));
		planned("2026-01-12T10:00");
		planned("2026-01-16T14:00");
		call(this.consultant,
				post("/api/v1/clients/{id}/appointments", other.id())
					.content("{\"plannedAt\": \"2026-01-14T09:00\", \"channel\": \"PHONE\"}"))
			.andExpect(status().isCreated());
		planned("2026-01-19T10:00");
		call(this.consultant, get("/api/v1/agenda").param("week", "2026-W03")).andExpect(status().isOk())
			.andExpect(jsonPath("$.week").value("2026-W03"))
			.andExpect(jsonPath("$.previousWeek").value("2026-W02"))
			.andExpect(jsonPath("$.nextWeek").value("2026-W04"))
			.andExpect(jsonPath("$.days", hasSize(7)))
			.andExpect(jsonPath("$.days[0].date").value("2026-01-12"))
			.andExpect(jsonPath("$.days[0].appointments[0].clientName").value("Sven Smit"))
			.andExpect(jsonPath("$.days[2].appointments[0].channel").value("PHONE"))
			.andExpect(jsonPath("$.days[4].appointments", hasSize(1)));
		assertThat(this.jdbc
			.sql("select client_id from access_log_entry where user_id = ? and action = 'LIST' and purpose = ?")
			.params(this.consultant.id(), "GET /api/v1/agenda")
			.query(UUID.class)
			.list()).containsExactlyInAnyOrder(this.client.id(), other.id());
		call(this.coordinator,
				get("/api/v1/agenda").param("week", "2026-W03").param("consultantId", this.consultant.id().toString()))
			.andExpect(jsonPath("$.days[0].appointments", hasSize(1)));
		call(this.consultant, get("/api/v1/agenda").param("week", "week 3")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("week"));
	}

	@Test
	void everyEndpointWritesTheAccessLog() throws Exception {
		String id = planned("2026-01-12T10:00");
		call(this.consultant, get("/api/v1/appointments/{id}", id));
		call(this.consultant, get("/api/v1/clients/{id}/appointments", this.client.id()));
		outcome(this.consultant, id, NO_SHOW);
		outreach(this.consultant, "NO_RESPONSE", "2026-01-13");
		call(this.consultant, get("/api/v1/clients/{id}/outreach-attempts", this.client.id()));
		contact(this.consultant, "2026-01-14T10:00", false);
		call(this.consultant, get("/api/v1/clients/{id}/contacts", this.client.id()));
		String other = planned("2026-01-20T10:00");
		call(this.consultant, post("/api/v1/appointments/{id}/reschedule", other)
			.content("{\"plannedAt\": \"2026-01-21T10:00\", \"reason\": \"Vakantie\"}"));
		cancel(other);
		assertThat(this.jdbc.sql("select action || ' ' || purpose from access_log_entry where client_id = ?")
			.param(this.client.id())
			.query(String.class)
			.list()).contains("UPDATE POST /api/v1/clients/{id}/appointments", "READ GET /api/v1/appointments/{id}",
					"READ GET /api/v1/clients/{id}/appointments", "UPDATE PUT /api/v1/appointments/{id}/outcome",
					"UPDATE POST /api/v1/clients/{id}/outreach-attempts",
					"READ GET /api/v1/clients/{id}/outreach-attempts", "UPDATE POST /api/v1/clients/{id}/contacts",
					"READ GET /api/v1/clients/{id}/contacts", "UPDATE POST /api/v1/appointments/{id}/reschedule",
					"UPDATE POST /api/v1/appointments/{id}/cancellation");
	}

	private String planned(String at) throws Exception {
		return JsonPath.read(plan(this.consultant, at, "FACE_TO_FACE", null).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	@Test
	void theAppointmentsArePagedByKeyLatestFirst() throws Exception {
		for (String at : List.of("2026-01-12T10:00", "2026-01-14T09:00", "2026-01-12T10:00", "2026-01-13T11:00",
				"2026-01-12T10:00")) {
			plan(this.consultant, at, "PHONE", null).andExpect(status().isCreated());
		}
		PagingChecks.pagesThrough(this.mvc, this.consultant, "/api/v1/clients/" + this.client.id() + "/appointments", 2,
				5);
		call(this.consultant, get("/api/v1/clients/{id}/appointments", this.client.id()).param("limit", "2"))
			.andExpect(jsonPath("$.items[0].plannedAt", startsWith("2026-01-14T09:00")))
			.andExpect(jsonPath("$.items[1].plannedAt", startsWith("2026-01-13T11:00")));
	}

	@Test
	void theContactsArePagedByKeyLatestFirstAndOutreachAcceptsALimitAndCursor() throws Exception {
		for (String at : List.of("2026-01-12T10:00:00", "2026-01-14T09:00:00", "2026-01-12T10:00:00",
				"2026-01-13T11:00:00", "2026-01-12T10:00:00")) {
			contact(this.consultant, at, false).andExpect(status().isCreated());
		}
		PagingChecks.pagesThrough(this.mvc, this.consultant, "/api/v1/clients/" + this.client.id() + "/contacts", 2, 5);
		call(this.consultant, get("/api/v1/clients/{id}/contacts", this.client.id()).param("limit", "1"))
			.andExpect(jsonPath("$.items[0].occurredAt", startsWith("2026-01-14T09:00")));
		call(this.consultant, get("/api/v1/clients/{id}/outreach-attempts", this.client.id()).param("limit", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.next").doesNotExist());
		call(this.consultant, get("/api/v1/clients/{id}/outreach-attempts", this.client.id()).param("next", "%%%%"))
			.andExpect(status().isBadRequest());
	}

	private ResultActions plan(CurrentUser user, String at, String channel, String location) throws Exception {
		return call(user, post("/api/v1/clients/{id}/appointments", this.client.id()).content("""
				{"plannedAt": "%s", "channel": "%s"%s}""".formatted(at, channel,
				location == null ? "" : ", \"location\": \"" + location + "\"")));
	}

	private ResultActions outcome(CurrentUser user, String id, String body) throws Exception {
		return call(user, put("/api/v1/appointments/{id}/outcome", id).content(body));
	}

	private ResultActions cancel(String id) throws Exception {
		return cancel(id, this.consultant);
	}

	private ResultActions cancel(String id, CurrentUser user) throws Exception {
		return call(user, post("/api/v1/appointments/{id}/cancellation", id).content("{\"reason\": \"Verhinderd\"}"));
	}

	private ResultActions contact(CurrentUser user, String at, boolean refused) throws Exception {
		return call(user, post("/api/v1/clients/{id}/contacts", this.client.id()).content("""
				{"occurredAt": "%s", "channel": "PHONE", "summary": "Belde zelf", "refused": %s}""".formatted(at,
				refused)));
	}

	private ResultActions outreach(CurrentUser user, String result, String on) throws Exception {
		return call(user, post("/api/v1/clients/{id}/outreach-attempts", this.client.id()).content("""
				{"method": "PHONE", "result": "%s", "attemptedOn": "%s", "note": "Gebeld"}""".formatted(result, on)));
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
