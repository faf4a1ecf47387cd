package nl.koers.accesslog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.client.api.ClientView;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reason of access: a consultant or coordinator who opens a client outside their own
 * caseload first says why; the reason holds for the session and goes with every access
 * log entry for that client; the auditor filters on it and reviews the list.
 */
@KoersTest
class AccessReasonTests {

	/**
	 * The session lives in PostgreSQL (Spring Session): a later request finds it by its
	 * cookie.
	 */
	static final String SESSION = "SESSION";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser lead;

	CurrentUser colleague;

	CurrentUser auditor;

	ClientView client;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.lead = this.municipality.user(Role.CONSULTANT);
		this.colleague = this.municipality.user(Role.CONSULTANT);
		this.auditor = this.municipality.user(Role.AUDITOR);
		this.client = this.municipality.client(this.lead, Fixtures.details().name("Kees", "Kuipers"));
	}

	@Test
	void aColleagueChoosesAReasonFirstAndTheLogCarriesIt() throws Exception {
		String file = "/clients/" + this.client.id();
		String prompt = file + "/reason?next=" + file;
		this.mvc.perform(get(file).with(user(this.colleague)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(prompt))
			.andExpect(content().string(emptyString()));
		assertThat(entries(this.colleague)).isEmpty();

		this.mvc.perform(get(prompt).with(user(this.colleague)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waarom open je dit dossier?")))
			.andExpect(content().string(containsString("Vervanging van een collega")))
			.andExpect(content().string(not(containsString("Kuipers"))))
			.andExpect(content().string(not(containsString(this.client.bsn()))));
		assertThat(entries(this.colleague)).isEmpty();

		Cookie session = this.mvc
			.perform(post(file + "/reason").with(user(this.colleague))
				.with(csrf())
				.param("reason", "STAND_IN")
				.param("text", "  ziekte collega  ")
				.param("next", file))
			.andExpect(redirectedUrl(file))
			.andReturn()
			.getResponse()
			.getCookie(SESSION);
		this.mvc.perform(get(file).with(user(this.colleague)).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kuipers")));
		// another tab of the same session: no second question
		this.mvc.perform(get(file + "/changes").with(user(this.colleague)).cookie(session)).andExpect(status().isOk());

		List<Map<String, Object>> entries = entries(this.colleague);
		assertThat(entries).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.get("reason_code")).isEqualTo("STAND_IN");
			assertThat(entry.get("reason_text")).isEqualTo("ziekte collega");
		});
		assertThat(entries).extracting(entry -> entry.get("operation")).contains("ClientController.file");
	}

	@Test
	void theOwnCaseloadIsOpenedWithoutAQuestionAndWithoutAReason() throws Exception {
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(this.lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kuipers")));
		assertThat(entries(this.lead)).filteredOn(entry -> "READ".equals(entry.get("action")))
			.isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.get("reason_code")).isNull());
		this.mvc.perform(get("/clients/" + this.client.id() + "/reason").with(user(this.lead)))
			.andExpect(redirectedUrl("/clients/" + this.client.id()));
	}

	@Test
	void otherWithoutATextIsRefusedWithAClearMessage() throws Exception {
		String file = "/clients/" + this.client.id();
		this.mvc
			.perform(post(file + "/reason").with(user(this.colleague))
				.with(csrf())
				.param("reason", "OTHER")
				.param("text", " ")
				.param("next", file))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Geef bij Anders een korte toelichting.")))
			.andExpect(content().string(not(containsString("Kuipers"))));
		this.mvc
			.perform(post(file + "/reason").with(user(this.colleague))
				.with(csrf())
				.param("text", "iets")
				.param("next", file))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(file).with(user(this.colleague))).andExpect(status().isSeeOther());
		assertThat(entries(this.colleague)).isEmpty();
	}

	@Test
	void aDirectAddressOfATabOrFragmentLeadsToTheQuestion() throws Exception {
		String file = "/clients/" + this.client.id();
		this.mvc.perform(get(file + "/changes").with(user(this.colleague)))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(file + "/reason?next=" + file + "/changes"));
		this.mvc
			.perform(get(file + "/changes").with(user(this.colleague))
				.header("HX-Request", "true")
				.header("HX-Current-URL", "http://localhost" + file + "/changes"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", file + "/reason?next=" + file + "/changes"))
			.andExpect(content().string(emptyString()));
		// a form post of another module's page, through the client gate
		this.mvc.perform(get(file + "/goals").with(user(this.colleague))).andExpect(status().isSeeOther());
		// an address elsewhere is never where the prompt goes on to
		this.mvc
			.perform(post(file + "/reason").with(user(this.colleague))
				.with(csrf())
				.param("reason", "QUESTION")
				.param("next", "//evil.example/x"))
			.andExpect(redirectedUrl(file));
		assertThat(entries(this.colleague)).isEmpty();
	}

	@Test
	void aCoordinatorWhoIsNotTheCaseLeadIsAskedToo() throws Exception {
		CurrentUser coordinator = this.municipality.user(Role.COORDINATOR);
		ClientView withoutLead = this.municipality.client(coordinator);
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(coordinator))).andExpect(status().isSeeOther());
		this.mvc.perform(get("/clients/" + withoutLead.id()).with(user(coordinator))).andExpect(status().isSeeOther());
		// a consultant opening a client without a case lead is asked as well
		this.mvc.perform(get("/clients/" + withoutLead.id()).with(user(this.colleague)))
			.andExpect(status().isSeeOther());
	}

	@Test
	void theApiIsNotAskedAndRecordsItsOperation() throws Exception {
		this.mvc.perform(get("/api/v1/clients/" + this.client.id()).with(user(this.colleague)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.familyName").value("Kuipers"));
		assertThat(entries(this.colleague)).singleElement().satisfies(entry -> {
			assertThat(entry.get("operation")).isEqualTo("ClientApiController.get");
			assertThat(entry.get("purpose")).isEqualTo("GET /api/v1/clients/{id}");
			assertThat(entry.get("reason_code")).isNull();
		});
	}

	@Test
	void thePromptOfAnotherMunicipalitysClientIsNotFound() throws Exception {
		CurrentUser stranger = this.fixtures.municipality().user(Role.CONSULTANT);
		this.mvc.perform(get("/clients/" + this.client.id()).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/" + this.client.id() + "/reason").with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/clients/" + this.client.id() + "/reason").with(user(stranger))
				.with(csrf())
				.param("reason", "QUESTION"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/" + UUID.randomUUID() + "/reason").with(user(this.colleague)))
			.andExpect(status().isNotFound());
		CurrentUser manager = this.municipality.user(Role.MANAGER);
		this.mvc.perform(get("/clients/" + this.client.id() + "/reason").with(user(manager)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAuditorFiltersOnTheReasonAndReviewsTheList() throws Exception {
		openWithReason(this.colleague, "QUESTION", "vraag van het wijkteam");
		String file = "/clients/" + this.client.id();
		this.mvc.perform(get(file).with(user(this.lead))).andExpect(status().isOk());

		this.mvc.perform(get("/access-log").param("withReason", "true").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vraag van de cliënt of een instantie")))
			.andExpect(content().string(containsString("vraag van het wijkteam")))
			.andExpect(content().string(containsString(this.colleague.displayName())))
			.andExpect(content().string(not(containsString(this.lead.displayName() + " ("))));
		this.mvc.perform(get("/access-log").param("reason", "HANDOVER").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("vraag van het wijkteam"))));

		this.mvc.perform(get("/access-log/reasons").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Inzage buiten de eigen cliënten")))
			.andExpect(content().string(containsString(this.client.id().toString())))
			.andExpect(content().string(containsString("vraag van het wijkteam")))
			.andExpect(content().string(not(containsString("Kuipers"))))
			.andExpect(content().string(not(containsString(this.lead.displayName() + " ("))));

		this.mvc.perform(get("/api/v1/access-log").param("withReason", "true").with(user(this.auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].reasonCode").value("QUESTION"))
			.andExpect(jsonPath("$.items[0].reasonText").value("vraag van het wijkteam"))
			.andExpect(jsonPath("$.items[0].operation").isNotEmpty());
	}

	@Test
	void onlyTheAuditorOfTheMunicipalitySeesTheList() throws Exception {
		openWithReason(this.colleague, "HANDOVER", "overdracht na verhuizing");
		for (Role role : new Role[] { Role.CONSULTANT, Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.MANAGER,
				Role.INSTITUTION_WORKER, Role.ADMINISTRATOR }) {
			this.mvc.perform(get("/access-log/reasons").with(user(this.municipality.user(role))))
				.andExpect(status().isForbidden());
		}
		CurrentUser otherAuditor = this.fixtures.municipality().user(Role.AUDITOR);
		this.mvc.perform(get("/access-log/reasons").with(user(otherAuditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("overdracht na verhuizing"))))
			.andExpect(content().string(not(containsString(this.client.id().toString()))));
		this.mvc.perform(get("/access-log").param("withReason", "true").with(user(otherAuditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("overdracht na verhuizing"))));
	}

	private void openWithReason(CurrentUser user, String reason, String text) throws Exception {
		String file = "/clients/" + this.client.id();
		Cookie session = this.mvc
			.perform(post(file + "/reason").with(user(user))
				.with(csrf())
				.param("reason", reason)
				.param("text", text)
				.param("next", file))
			.andExpect(redirectedUrl(file))
			.andReturn()
			.getResponse()
			.getCookie(SESSION);
		this.mvc.perform(get(file).with(user(user)).cookie(session)).andExpect(status().isOk());
	}

	private List<Map<String, Object>> entries(CurrentUser user) {
		return this.jdbc
			.sql("select action, purpose, operation, reason_code, reason_text from access_log_entry "
					+ "where municipality_id = ? and user_id = ? and client_id = ? order by id")
			.params(this.municipality.id(), user.id(), this.client.id())
			.query()
			.listOfRows();
	}

}
