package nl.koers.conversation;

import java.time.LocalDateTime;

import com.jayway.jsonpath.JsonPath;
import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Appointment and contact times through the API around both daylight-saving changes of
 * 2026 (29 March, 25 October): sent with an offset, {@code Z} or none, stored as the
 * Dutch wall-clock time and read back as the same moment with the Amsterdam offset, never
 * silently shifted.
 */
@KoersTest
class AppointmentTimeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser consultant;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.consultant = this.municipality.user(Role.CONSULTANT);
		this.client = this.municipality.client(this.consultant,
				Fixtures.details().name("Tijs", "Klok").caseLead(this.consultant.id()));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({
			// winter time, with an offset, in UTC and without an offset (Dutch time)
			"2026-12-11T10:00:00+01:00, 2026-12-11T10:00:00+01:00, 2026-12-11T10:00",
			"2026-12-11T09:00:00Z,      2026-12-11T10:00:00+01:00, 2026-12-11T10:00",
			"2026-12-11T10:00,          2026-12-11T10:00:00+01:00, 2026-12-11T10:00",
			"2026-12-11T11:00:00+02:00, 2026-12-11T10:00:00+01:00, 2026-12-11T10:00",
			// spring: 02:00 winter time becomes 03:00 summer time
			"2026-03-29T01:59:00+01:00, 2026-03-29T01:59:00+01:00, 2026-03-29T01:59",
			"2026-03-29T01:30:00Z,      2026-03-29T03:30:00+02:00, 2026-03-29T03:30",
			"2026-03-29T02:30:00+01:00, 2026-03-29T03:30:00+02:00, 2026-03-29T03:30",
			"2026-03-29T03:00,          2026-03-29T03:00:00+02:00, 2026-03-29T03:00",
			// autumn: 03:00 summer time becomes 02:00 winter time
			"2026-10-25T02:30:00+02:00, 2026-10-25T02:30:00+02:00, 2026-10-25T02:30",
			"2026-10-25T00:30:00Z,      2026-10-25T02:30:00+02:00, 2026-10-25T02:30",
			"2026-10-25T03:30:00+01:00, 2026-10-25T03:30:00+01:00, 2026-10-25T03:30",
			"2026-10-25T02:30:00Z,      2026-10-25T03:30:00+01:00, 2026-10-25T03:30",
			"2026-07-01T10:00:00.000Z,  2026-07-01T12:00:00+02:00, 2026-07-01T12:00" })
	void anAppointmentIsPlannedAndReadBackAtTheSameMoment(String sent, String answered, String wallClock)
			throws Exception {
		String id = id(plan(sent).andExpect(status().isCreated())
			.andExpect(jsonPath("$.plannedAt").value(answered))
			.andExpect(jsonPath("$.changes[0].plannedAt").value(answered)));
		call(get("/api/v1/appointments/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.plannedAt").value(answered));
		assertThat(storedAt(id)).isEqualTo(LocalDateTime.parse(wallClock));
	}

	@Test
	void aRescheduleAroundBothChangesKeepsTheMoments() throws Exception {
		String id = id(
				plan("2026-03-28T23:30:00Z").andExpect(jsonPath("$.plannedAt").value("2026-03-29T00:30:00+01:00")));
		reschedule(id, "2026-03-29T01:15:00Z").andExpect(status().isOk())
			.andExpect(jsonPath("$.plannedAt").value("2026-03-29T03:15:00+02:00"))
			.andExpect(jsonPath("$.changes[1].previousPlannedAt").value("2026-03-29T00:30:00+01:00"));
		assertThat(storedAt(id)).isEqualTo(LocalDateTime.parse("2026-03-29T03:15"));
		reschedule(id, "2026-10-25T02:30:00+02:00").andExpect(status().isOk())
			.andExpect(jsonPath("$.plannedAt").value("2026-10-25T02:30:00+02:00"))
			.andExpect(jsonPath("$.changes[2].previousPlannedAt").value("2026-03-29T03:15:00+02:00"));
		reschedule(id, "2026-10-25T04:30:00+01:00").andExpect(status().isOk())
			.andExpect(jsonPath("$.plannedAt").value("2026-10-25T04:30:00+01:00"));
		call(get("/api/v1/appointments/{id}", id)).andExpect(jsonPath("$.plannedAt").value("2026-10-25T04:30:00+01:00"))
			.andExpect(jsonPath("$.changes[3].previousPlannedAt").value("2026-10-25T02:30:00+02:00"));
		call(get("/api/v1/agenda").param("week", "2026-W43")).andExpect(status().isOk());
	}

	/**
	 * A wall-clock time that does not exist (02:30 on the spring night) and the second
	 * pass through the repeated hour of the autumn night (02:30+01:00, which Dutch
	 * wall-clock time cannot tell from 02:30+02:00) are refused as invalid, not shifted.
	 */
	@ParameterizedTest
	@CsvSource({ "2026-03-29T02:30", "2026-10-25T02:30:00+01:00", "2026-10-25T01:30:00Z", "2026-13-01T10:00",
			"morgen om tien" })
	void aTimeThatCannotBeKeptIsInvalid(String sent) throws Exception {
		plan(sent).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plannedAt"));
	}

	@Test
	void aContactTakesAnOffsetToo() throws Exception {
		call(post("/api/v1/clients/{id}/contacts", this.client.id()).content("""
				{"occurredAt": "2026-10-25T02:45:00Z", "channel": "PHONE", "summary": "Belde 's nachts"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.occurredAt").value("2026-10-25T03:45:00+01:00"));
	}

	private ResultActions plan(String at) throws Exception {
		return call(post("/api/v1/clients/{id}/appointments", this.client.id())
			.content("{\"plannedAt\": \"%s\", \"channel\": \"PHONE\"}".formatted(at)));
	}

	private ResultActions reschedule(String id, String at) throws Exception {
		return call(post("/api/v1/appointments/{id}/reschedule", id)
			.content("{\"plannedAt\": \"%s\", \"reason\": \"Zomertijd\"}".formatted(at)));
	}

	private LocalDateTime storedAt(String id) {
		return this.jdbc.sql("select planned_at from appointment where id = ?::uuid")
			.param(id)
			.query(LocalDateTime.class)
			.single();
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(this.consultant)));
	}

}
