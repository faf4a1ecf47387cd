package nl.koers.demo;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import jakarta.servlet.http.Cookie;
import nl.koers.SecondFactorCodes;
import nl.koers.PooledTestDataSource;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase.DatabaseProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo run: every demo user logs in and sees exactly what the role allows.
 */
@SpringBootTest(properties = { "koers.embedded-database.enabled=false", "koers.demo.enabled=true" })
@AutoConfigureEmbeddedDatabase(provider = DatabaseProvider.ZONKY)
@AutoConfigureMockMvc
@Import(PooledTestDataSource.class)
class DemoUsersTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "consulent", "consulent2", "coordinator", "contractbeheer", "manager", "delft-consulent",
			"delft-contractbeheer", "delft-manager", "instelling", "delft-instelling" })
	void everyDemoUserLogsIn(String username) throws Exception {
		this.mvc.perform(formLogin("/login").user(username).password(DemoData.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "beheerder", "auditor" })
	void theAdministratorAndTheAuditorSignInWithTheReadmesSecondFactor(String username) throws Exception {
		Cookie session = signIn(username);
		this.mvc.perform(get("/admin/users").cookie(session))
			.andExpect(username.equals("beheerder") ? status().isOk() : status().isForbidden());
		this.mvc.perform(get("/access-log").cookie(session))
			.andExpect(username.equals("auditor") ? status().isOk() : status().isForbidden());
		this.mvc.perform(get("/clients").cookie(session)).andExpect(status().isForbidden());
		api(username, "/api/v1/access-log").andExpect(status().isUnauthorized());
	}

	@Test
	void consultantSeesOwnCaseloadAndCoordinatorTheWholeMunicipality() throws Exception {
		List<String> caseload = clientIds("consulent");
		List<String> municipality = clientIds("coordinator");
		assertThat(caseload).isNotEmpty();
		assertThat(municipality).hasSizeGreaterThan(caseload.size()).containsAll(caseload);
		assertThat(clientIds("consulent2")).isNotEmpty().doesNotContainAnyElementsOf(caseload);
	}

	@Test
	void delftConsultantNeverSeesWestBetuwe() throws Exception {
		List<String> delft = clientIds("delft-consulent");
		assertThat(delft).isNotEmpty().doesNotContainAnyElementsOf(clientIds("coordinator"));
		api("delft-consulent", "/api/v1/clients/" + clientIds("consulent").get(0)).andExpect(status().isNotFound());
	}

	@Test
	void institutionWorkerSeesNoClients() throws Exception {
		assertThat(clientIds("instelling")).isEmpty();
	}

	@Test
	void institutionWorkerSeesExactlyTheReferredClientAndNoClientFile() throws Exception {
		String body = api("instelling", "/api/v1/referrals").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> referred = JsonPath.read(body, "$.items[*].clientId");
		assertThat(referred).hasSize(1);
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].client.displayName")).hasSize(1).doesNotContainNull();
		assertThat(clientIds("consulent")).contains(referred.get(0));
		for (String client : List.of(referred.get(0), clientIds("consulent").get(0))) {
			api("instelling", "/api/v1/clients/" + client).andExpect(status().isNotFound());
		}
	}

	@Test
	void institutionWorkersOpenTheSharedCategoriesTheDemoAllows() throws Exception {
		String referral = JsonPath.read(
				api("instelling", "/api/v1/referrals").andReturn().getResponse().getContentAsString(), "$.items[0].id");
		Cookie instelling = logIn("instelling");
		for (String category : List.of("route", "assessment-scores", "conversation-summaries")) {
			this.mvc.perform(get("/referrals/" + referral + "/shared/" + category).cookie(instelling))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/referrals/" + referral + "/shared/goals").cookie(instelling))
			.andExpect(status().isNotFound());
		String delft = JsonPath.read(
				api("delft-instelling", "/api/v1/referrals").andReturn().getResponse().getContentAsString(),
				"$.items[0].id");
		Cookie delftWorker = logIn("delft-instelling");
		for (String category : List.of("route", "assessment-scores")) {
			this.mvc.perform(get("/referrals/" + delft + "/shared/" + category).cookie(delftWorker))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/referrals/" + referral + "/shared/route").cookie(delftWorker))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "manager", "contractbeheer" })
	void rolesWithoutClientWorkSeeNoClientFiles(String username) throws Exception {
		api(username, "/api/v1/clients").andExpect(status().isForbidden());
		api(username, "/api/v1/clients/" + clientIds("consulent").get(0)).andExpect(status().isForbidden());
	}

	@Test
	void noUserWithoutTheAuditorRoleReadsTheAccessLog() throws Exception {
		api("coordinator", "/api/v1/access-log").andExpect(status().isForbidden());
	}

	@Test
	void theManagerFollowsARunningScreeningCampaign() throws Exception {
		String body = api("manager", "/api/v1/screening-campaigns").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> examined = JsonPath.read(body, "$.items[*].examined");
		List<Integer> toDo = JsonPath.read(body, "$.items[*].toDo");
		assertThat(examined).containsExactly(5);
		assertThat(toDo).allSatisfy(count -> assertThat(count).isPositive());
	}

	@Test
	void theCoordinationPointHasOpenRequestsAndSignals() throws Exception {
		String requests = api("coordinator", "/api/v1/advice-requests?status=OPEN").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(requests, "$.items[*].question")).hasSize(2);
		assertThat(JsonPath.<List<String>>read(api("coordinator", "/api/v1/advice-requests?status=ANSWERED").andReturn()
			.getResponse()
			.getContentAsString(), "$.items[*].answer")).hasSize(1);
		String signals = api("coordinator", "/api/v1/signals?open=true").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(signals, "$.items[*].status")).containsExactlyInAnyOrder("NEW",
				"IN_PROGRESS");
	}

	@Test
	void theSocialMapHoldsTheDemoInstitutionAndAnEntryDueForVerification() throws Exception {
		String services = api("consulent", "/api/v1/services?category=MENTAL_HEALTH").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(services, "$.items[*].organisationName"))
			.containsExactly("Zorggroep Linge (demo)");
		String stale = api("coordinator", "/api/v1/organisations?stale=true").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(stale, "$.items[*].name"))
			.containsExactly("Schuldhulpmaatje Rivierenland");
	}

	@Test
	void theProviderFollowsTrajectoriesInEveryStateUnderTheDemoContract() throws Exception {
		String contracts = api("contractbeheer", "/api/v1/contracts").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(contracts, "$.items[*].name"))
			.containsExactly("Activeringstrajecten KP4");
		assertThat(JsonPath.<List<Integer>>read(contracts, "$.items[*].placesUsed")).containsExactly(4);
		String trajectories = api("instelling", "/api/v1/trajectories").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(trajectories, "$.items[*].status"))
			.containsExactlyInAnyOrder("NOMINATED", "ACCEPTED", "STARTED", "ENDED");
		assertThat(JsonPath.<List<String>>read(trajectories, "$.items[*].clientName")).doesNotContainNull();
		String budgets = api("delft-contractbeheer", "/api/v1/budgets").andReturn().getResponse().getContentAsString();
		int year = LocalDate.now().getYear();
		assertThat(JsonPath.<List<Integer>>read(budgets, "$.items[*].year")).containsExactlyInAnyOrder(2005, 2006, 2007,
				year - 2, year - 1, year);
	}

	@Test
	void delftHasEndedTrajectoriesAndReferralsWithTheirOutcomes() throws Exception {
		String monitoring = api("delft-contractbeheer", "/api/v1/reports/contracts").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Integer>read(monitoring, "$.contracts[0].figures.ended")).isEqualTo(10);
		assertThat(JsonPath.<Integer>read(monitoring, "$.contracts[0].figures.outcomes.PAID_WORK")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(monitoring, "$.contracts[0].figures.outcomes.SOCIAL_ACTIVATION"))
			.isEqualTo(3);
		assertThat(JsonPath.<Integer>read(monitoring, "$.contracts[0].figures.running")).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from referral r join municipality m on m.id = r.municipality_id
				where m.code = 'GM0503' and r.status = 'ENDED' and r.outcome = 'PAID_WORK'""")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	/**
	 * Signs in with password and the code of the README's TOTP secret; answers the
	 * session cookie.
	 */
	private Cookie signIn(String username) throws Exception {
		MvcResult password = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", DemoData.PASSWORD))
			.andExpect(redirectedUrl("/second-factor"))
			.andReturn();
		MvcResult code = this.mvc
			.perform(post("/second-factor").with(csrf())
				.cookie(password.getResponse().getCookie("SESSION"))
				.param("code", SecondFactorCodes.next(DemoSecondFactors.TOTP_SECRET)))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return code.getResponse().getCookie("SESSION");
	}

	/**
	 * Delft's three targets show realisation from the demo data (counted from the events
	 * of the demo's ended trajectories, referrals and routes, which may still be
	 * arriving).
	 */
	@Test
	void delftsTargetsShowRealisationFromTheDemoData() throws Exception {
		String path = "/api/v1/reports/targets?date=" + java.time.LocalDate.now();
		List<Object> realised = List.of();
		for (int attempt = 0; attempt < 50; attempt++) {
			String body = api("delft-manager", path).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(JsonPath.<List<String>>read(body, "$.targets[*].measure")).containsExactlyInAnyOrder("PAID_WORK",
					"SOCIAL_ACTIVATION", "IN_TRAJECTORY_OR_GUIDANCE");
			realised = JsonPath.read(body, "$.targets[?(@.reached > 0)].measure");
			if (realised.size() == 3) {
				break;
			}
			Thread.sleep(200);
		}
		assertThat(realised).hasSize(3);
	}

	private List<String> clientIds(String username) throws Exception {
		String body = api(username, "/api/v1/clients?limit=500").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items[*].id");
	}

	private Cookie logIn(String username) throws Exception {
		return this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", DemoData.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private ResultActions api(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(httpBasic(username, DemoData.PASSWORD)));
	}

}
