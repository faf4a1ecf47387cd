package nl.koers.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.system.PagingChecks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The life of a referral through the API: who takes which step, which steps are refused,
 * sending only with something that may be shared (or a coordinator's override), and the
 * follow-up task.
 */
@KoersTest
class ReferralApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	ReferralWorld world;

	@BeforeEach
	void setUp() {
		this.world = new ReferralWorld(this.context);
	}

	@Test
	void aReferralGoesFromProposedToEndedWithEveryStepDatedAndSigned() throws Exception {
		this.world.shareIdentityAndContact();
		String id = propose(this.world.consultant, null).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/referrals/")))
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.serviceName").value("Ambulante begeleiding"))
			.andExpect(jsonPath("$.organisationName").value("Zorggroep Linge"))
			.andReturn()
			.getResponse()
			.getHeader("Location")
			.replaceAll(".*/", "");
		step(this.world.consultant, id, "{\"status\": \"SENT\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.sharedCategories.length()").value(3));
		step(this.world.worker, id, "{\"status\": \"ACCEPTED\", \"note\": \"Intake volgende week\"}")
			.andExpect(status().isOk());
		step(this.world.worker, id, "{\"status\": \"STARTED\"}").andExpect(status().isOk());
		call(this.world.worker, post("/api/v1/referrals/{id}/progress", id).content("{\"text\": \"Twee gesprekken\"}"))
			.andExpect(status().isOk());
		call(this.world.worker, post("/api/v1/referrals/{id}/feedback", id).content("{\"text\": \"Gaat goed\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notes[1].kind").value("FEEDBACK"));
		step(this.world.worker, id, "{\"status\": \"ENDED\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		step(this.world.worker, id, "{\"status\": \"ENDED\", \"note\": \"Doelen bereikt\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		step(this.world.worker, id, "{\"status\": \"ENDED\", \"outcome\": \"Doelen bereikt\"}")
			.andExpect(status().isBadRequest());
		step(this.world.worker, id, "{\"status\": \"ENDED\", \"outcome\": \"PAID_WORK\", \"note\": \"Doelen bereikt\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("PAID_WORK"))
			.andExpect(jsonPath("$.client.displayName").doesNotExist());
		call(this.world.consultant, get("/api/v1/referrals/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.client.displayName").value("Petra Verwezen"))
			.andExpect(jsonPath("$.history[*].status", contains("PROPOSED", "SENT", "ACCEPTED", "STARTED", "ENDED")))
			.andExpect(jsonPath("$.history[1].authorName").value(this.world.consultant.displayName()))
			.andExpect(jsonPath("$.history[2].authorName").value(this.world.worker.displayName()))
			.andExpect(jsonPath("$.history[2].note").value("Intake volgende week"))
			.andExpect(jsonPath("$.outcome").value("PAID_WORK"))
			.andExpect(jsonPath("$.history[4].outcome").value("PAID_WORK"))
			.andExpect(jsonPath("$.history[4].note").value("Doelen bereikt"))
			.andExpect(jsonPath("$.history[2].outcome").doesNotExist())
			.andExpect(jsonPath("$.notes[0].text").value("Twee gesprekken"))
			.andExpect(jsonPath("$.notes[1].text").value("Gaat goed"));
		call(this.world.consultant, get("/api/v1/referrals").param("clientId", this.world.client.id().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void theCoordinatorsHomeCountsReferralsPerInstitution() throws Exception {
		this.world.shareIdentityAndContact();
		sent();
		String cancelled = sent();
		step(this.world.consultant, cancelled, "{\"status\": \"CANCELLED\"}").andExpect(status().isOk());
		String home = this.mvc.perform(get("/coordination").with(user(this.world.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(home).select("#referral-figures tbody tr").text())
			.isEqualTo("Zorggroep Linge 0 1 0 0 0 1 2");
	}

	@Test
	void aDeclinedReferralEndsThere() throws Exception {
		this.world.shareIdentityAndContact();
		String id = sent();
		step(this.world.worker, id, "{\"status\": \"DECLINED\", \"note\": \"Geen plek\"}").andExpect(status().isOk());
		for (String next : List.of("ACCEPTED", "STARTED", "ENDED")) {
			step(this.world.worker, id, "{\"status\": \"%s\", \"outcome\": \"OTHER\"}".formatted(next))
				.andExpect(status().isNotFound());
		}
		step(this.world.consultant, id, "{\"status\": \"CANCELLED\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("DECLINED")));
	}

	@Test
	void cancellingIsPossibleFromEveryOpenStatus() throws Exception {
		this.world.shareIdentityAndContact();
		String proposed = id(propose(this.world.consultant, null));
		step(this.world.consultant, proposed, "{\"status\": \"CANCELLED\"}").andExpect(status().isOk());
		step(this.world.consultant, proposed, "{\"status\": \"SENT\"}").andExpect(status().isUnprocessableContent());
		String sent = sent();
		step(this.world.coordinator, sent, "{\"status\": \"CANCELLED\"}").andExpect(status().isOk());
		String accepted = sent();
		step(this.world.worker, accepted, "{\"status\": \"ACCEPTED\"}").andExpect(status().isOk());
		step(this.world.consultant, accepted, "{\"status\": \"CANCELLED\"}").andExpect(status().isOk());
		String started = sent();
		step(this.world.worker, started, "{\"status\": \"ACCEPTED\"}").andExpect(status().isOk());
		step(this.world.worker, started, "{\"status\": \"STARTED\"}").andExpect(status().isOk());
		step(this.world.consultant, started, "{\"status\": \"CANCELLED\"}").andExpect(status().isOk());
		step(this.world.consultant, started, "{\"status\": \"CANCELLED\"}")
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void stepsOutOfOrderOrByTheWrongSideAreRefused() throws Exception {
		this.world.shareIdentityAndContact();
		String id = sent();
		step(this.world.worker, id, "{\"status\": \"STARTED\"}").andExpect(status().isUnprocessableContent());
		step(this.world.worker, id, "{\"status\": \"ENDED\", \"outcome\": \"OTHER\"}")
			.andExpect(status().isUnprocessableContent());
		step(this.world.consultant, id, "{\"status\": \"SENT\"}").andExpect(status().isUnprocessableContent());
		step(this.world.consultant, id, "{\"status\": \"PROPOSED\"}").andExpect(status().isUnprocessableContent());
		step(this.world.consultant, id, "{\"status\": \"ACCEPTED\"}").andExpect(status().isForbidden());
		step(this.world.worker, id, "{\"status\": \"CANCELLED\"}").andExpect(status().isForbidden());
		call(this.world.worker, post("/api/v1/referrals/{id}/progress", id).content("{\"text\": \"Te vroeg\"}"))
			.andExpect(status().isUnprocessableContent());
		step(this.world.municipality.user(Role.CONSULTANT), id, "{\"status\": \"CANCELLED\"}")
			.andExpect(status().isForbidden());
		step(this.world.consultant, id, "{\"status\": \"NONSENSE\"}").andExpect(status().isBadRequest());
		call(this.world.municipality.user(Role.MANAGER), get("/api/v1/referrals/{id}", id))
			.andExpect(status().isForbidden());
		propose(this.world.consultant, "\"serviceId\": \"%s\", ".formatted(UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceId"));
	}

	@Test
	void sendingNeedsAnAgreementAndAConsentUnlessACoordinatorOverrides() throws Exception {
		String id = id(propose(this.world.consultant, null));
		step(this.world.consultant, id, "{\"status\": \"SENT\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("convenant")));
		this.world.agreement(this.world.organisation, nl.koers.consent.api.DataCategory.IDENTITY);
		step(this.world.consultant, id, "{\"status\": \"SENT\"}").andExpect(status().isUnprocessableContent());
		step(this.world.consultant, id, "{\"status\": \"SENT\", \"overrideReason\": \"Crisis\"}")
			.andExpect(status().isForbidden());
		step(this.world.coordinator, id, "{\"status\": \"SENT\", \"overrideReason\": \"Acute crisis, arts akkoord\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.override.byName").value(this.world.coordinator.displayName()))
			.andExpect(jsonPath("$.override.reason").value("Acute crisis, arts akkoord"))
			.andExpect(jsonPath("$.override.at").exists())
			.andExpect(jsonPath("$.sharedCategories.length()").value(0));
		assertThat(
				this.jdbc.sql("select action from access_log_entry where client_id = ? and user_id = ? and purpose = ?")
					.params(this.world.client.id(), this.world.coordinator.id(), "PUT /api/v1/referrals/{id}/status")
					.query(String.class)
					.list())
			.containsExactly("UPDATE");
		call(this.world.worker, get("/api/v1/referrals/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.permitted.length()").value(0))
			.andExpect(jsonPath("$.client.displayName").doesNotExist());
		assertThat(log(this.world.worker)).containsExactly("READ GET /api/v1/referrals/{id}");
	}

	@Test
	void aFollowUpDateSchedulesATaskForTheCaseLeadThatTheAnswerCompletes() throws Exception {
		this.world.shareIdentityAndContact();
		LocalDate due = LocalDate.now().plusWeeks(2);
		String id = id(propose(this.world.consultant, "\"followUpOn\": \"%s\", ".formatted(due)));
		assertThat(task()).containsExactly("OPEN " + due + " " + this.world.consultant.id());
		step(this.world.consultant, id, "{\"status\": \"SENT\"}").andExpect(status().isOk());
		assertThat(task()).containsExactly("OPEN " + due + " " + this.world.consultant.id());
		step(this.world.worker, id, "{\"status\": \"ACCEPTED\"}").andExpect(status().isOk());
		assertThat(task()).containsExactly("DONE " + due + " " + this.world.consultant.id());
		call(this.world.consultant, get("/api/v1/tasks")).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void everyEndpointWritesTheAccessLog() throws Exception {
		this.world.shareIdentityAndContact();
		String id = sent();
		call(this.world.consultant, get("/api/v1/referrals").param("clientId", this.world.client.id().toString()))
			.andExpect(status().isOk());
		call(this.world.worker, get("/api/v1/referrals")).andExpect(status().isOk());
		call(this.world.worker, get("/api/v1/referrals/{id}", id)).andExpect(status().isOk());
		step(this.world.worker, id, "{\"status\": \"ACCEPTED\"}").andExpect(status().isOk());
		call(this.world.worker, post("/api/v1/referrals/{id}/progress", id).content("{\"text\": \"Gestart\"}"))
			.andExpect(status().isOk());
		call(this.world.worker, post("/api/v1/referrals/{id}/feedback", id).content("{\"text\": \"Goed\"}"))
			.andExpect(status().isOk());
		assertThat(log(this.world.consultant)).contains("UPDATE POST /api/v1/clients/{id}/referrals",
				"UPDATE PUT /api/v1/referrals/{id}/status", "READ GET /api/v1/referrals");
		assertThat(log(this.world.worker)).contains("LIST GET /api/v1/referrals", "READ GET /api/v1/referrals",
				"READ GET /api/v1/referrals/{id}", "UPDATE PUT /api/v1/referrals/{id}/status",
				"UPDATE POST /api/v1/referrals/{id}/progress", "UPDATE POST /api/v1/referrals/{id}/feedback");
	}

	private List<String> log(CurrentUser user) {
		return this.jdbc
			.sql("select action || ' ' || purpose from access_log_entry where client_id = ? and user_id = ? "
					+ "and outcome = 'SUCCESS'")
			.params(this.world.client.id(), user.id())
			.query(String.class)
			.list();
	}

	private List<String> task() {
		return this.jdbc
			.sql("select status || ' ' || due_date || ' ' || assignee_id from task where client_id = ? and type = ?")
			.params(this.world.client.id(), "REFERRAL_FOLLOW_UP")
			.query(String.class)
			.list();
	}

	@Test
	void theReferralsArePagedByKeyForTheClientAndForTheInstitution() throws Exception {
		this.world.shareIdentityAndContact();
		for (int i = 0; i < 5; i++) {
			sent();
		}
		List<String> ofClient = PagingChecks.pagesThrough(this.mvc, this.world.consultant,
				"/api/v1/referrals?clientId=" + this.world.client.id(), 2, 5);
		List<String> ofInstitution = PagingChecks.pagesThrough(this.mvc, this.world.worker, "/api/v1/referrals", 2, 5);
		assertThat(ofInstitution).isEqualTo(ofClient);
	}

	private String sent() throws Exception {
		String id = id(propose(this.world.consultant, null));
		step(this.world.consultant, id, "{\"status\": \"SENT\"}").andExpect(status().isOk());
		return id;
	}

	private ResultActions propose(CurrentUser user, String extra) throws Exception {
		String fields = extra == null ? "\"serviceId\": \"%s\", ".formatted(this.world.service)
				: (extra.contains("serviceId") ? extra
						: extra + "\"serviceId\": \"%s\", ".formatted(this.world.service));
		return call(user, post("/api/v1/clients/{id}/referrals", this.world.client.id())
			.content("{" + fields + "\"reason\": \"Psychische klachten, begeleiding nodig\"}"));
	}

	private static String id(ResultActions result) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	private ResultActions step(CurrentUser user, String id, String body) throws Exception {
		return call(user, put("/api/v1/referrals/{id}/status", id).content(body));
	}

	private ResultActions call(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(user(user)));
	}

}
