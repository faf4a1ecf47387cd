package nl.koers.identity;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in abuse: throttling per account and per source address with growing delays and
 * one answer for every refusal, the administrator's view and lifting of it, the limit of
 * sessions per user, and a database failure during sign-in (503, never a failed attempt).
 */
@KoersTest
@TestPropertySource(properties = "koers.api.basic-auth.enabled=true")
class SignInAbuseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KoersUserDetailsService userDetails;

	@Autowired
	SignInThrottle throttle;

	Throttles throttles;

	Municipality municipality;

	CurrentUser administrator;

	CurrentUser consultant;

	@BeforeEach
	void setUp() {
		this.throttles = new Throttles(this.jdbc);
		this.municipality = this.fixtures.municipality();
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.consultant = this.municipality.user(Role.CONSULTANT);
	}

	@Test
	void theDelayGrowsWithEveryFailureAfterTheFreeOnes() throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(this.consultant.getUsername(), "wrong-password");
		}
		assertThat(this.throttles.failures(this.consultant.id())).isEqualTo(5);
		assertThat(this.throttles.delay(this.consultant.id())).isZero();
		signIn(this.consultant.getUsername(), "wrong-password");
		assertThat(this.throttles.delay(this.consultant.id())).isEqualTo(Duration.ofSeconds(1));
		this.throttles.letDelayPass(this.consultant.id());
		signIn(this.consultant.getUsername(), "wrong-password");
		assertThat(this.throttles.delay(this.consultant.id())).isEqualTo(Duration.ofSeconds(2));
		this.throttles.letDelayPass(this.consultant.id());
		signIn(this.consultant.getUsername(), "wrong-password");
		assertThat(this.throttles.delay(this.consultant.id())).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.throttles.failures(this.consultant.id())).isEqualTo(8);
		this.throttles.letDelayPass(this.consultant.id());
		signIn(this.consultant.getUsername(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
		assertThat(this.throttles.failures(this.consultant.id())).isZero();
	}

	@Test
	void theRuleDoublesUpToTheMaximumAndForgivesOverTime() {
		SignInSettings.Rule rule = SignInSettings.ACCOUNT;
		assertThat(rule.delayAfter(5)).isZero();
		assertThat(rule.delayAfter(6)).isEqualTo(Duration.ofSeconds(1));
		assertThat(rule.delayAfter(9)).isEqualTo(Duration.ofSeconds(8));
		assertThat(rule.delayAfter(16)).isEqualTo(Duration.ofMinutes(15));
		assertThat(rule.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
		assertThat(rule.remaining(7, Duration.ofMinutes(31))).isEqualTo(5);
		assertThat(rule.remaining(1, Duration.ofDays(3))).isZero();
	}

	@Test
	void unknownKnownAndThrottledAccountsGetTheSameAnswer() throws Exception {
		CurrentUser throttled = this.municipality.user(Role.CONSULTANT);
		for (int attempt = 0; attempt < 6; attempt++) {
			signIn(throttled.getUsername(), "wrong-password");
		}
		this.throttles.delayLong(throttled.id());
		List<MockHttpServletResponse> form = List.of(
				signIn("nobody-" + this.consultant.getUsername(), "wrong-password").andReturn().getResponse(),
				signIn(this.consultant.getUsername(), "wrong-password").andReturn().getResponse(),
				signIn(throttled.getUsername(), Fixtures.PASSWORD).andReturn().getResponse(),
				signIn(throttled.getUsername(), "wrong-password").andReturn().getResponse());
		for (MockHttpServletResponse response : form) {
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
			assertThat(response.getContentAsString()).isEqualTo(form.get(0).getContentAsString());
		}
		List<MockHttpServletResponse> basic = List.of(api("nobody-" + this.consultant.getUsername(), "wrong-password"),
				api(this.consultant.getUsername(), "wrong-password"), api(throttled.getUsername(), Fixtures.PASSWORD));
		for (MockHttpServletResponse response : basic) {
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getContentAsString()).isEqualTo(basic.get(0).getContentAsString());
			assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE))
				.isEqualTo(basic.get(0).getHeader(HttpHeaders.WWW_AUTHENTICATE));
		}
		assertThat(this.throttles.failures(throttled.id())).as("attempts during the delay are not counted")
			.isEqualTo(6);
	}

	@Test
	void anAddressIsDelayedAfterItsFreeFailuresWhateverTheAccount() throws Exception {
		String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		String other = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		this.throttles.clear("address:" + address);
		this.throttles.clear("address:" + other);
		for (int attempt = 0; attempt < 21; attempt++) {
			signIn("nobody-" + attempt + "-" + this.consultant.getUsername(), "wrong-password", from(address));
		}
		assertThat(this.throttles.failures("address:" + address)).isEqualTo(21);
		signIn(this.consultant.getUsername(), Fixtures.PASSWORD, from(address))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.throttles.failures(this.consultant.id())).isZero();
		signIn(this.consultant.getUsername(), Fixtures.PASSWORD, from(other)).andExpect(redirectedUrl("/"));
		this.throttles.clear("address:" + address);
		this.throttles.clear("address:" + other);
	}

	@Test
	void theAdministratorSeesTheDelayAndTheSessionsAndLiftsAndEndsThem() throws Exception {
		SignInSession signedIn = new SignInSession(this.mvc);
		signedIn.password(this.consultant.getUsername()).andExpect(redirectedUrl("/"));
		for (int attempt = 0; attempt < 6; attempt++) {
			signIn(this.consultant.getUsername(), "wrong-password");
		}
		this.throttles.delayLong(this.consultant.id());
		this.mvc.perform(get("/admin/users").with(user(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vertraagd tot")));
		this.mvc.perform(get("/admin/users/" + this.consultant.id()).with(user(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vertraagd tot")))
			.andExpect(content().string(containsString("Mislukte pogingen die nog meetellen: 6")))
			.andExpect(content().string(containsString("Actieve sessies: 1")));
		this.mvc
			.perform(post("/admin/users/" + this.consultant.id() + "/unlock").with(user(this.administrator))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.consultant.id()));
		assertThat(this.throttles.failures(this.consultant.id())).isZero();
		this.mvc
			.perform(post("/admin/users/" + this.consultant.id() + "/sessions/end").with(user(this.administrator))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.consultant.id()));
		signedIn.perform(get("/clients")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/users/" + this.consultant.id()).with(user(this.administrator)))
			.andExpect(content().string(containsString("Actieve sessies: 0")))
			.andExpect(content().string(containsString("Inloggen is niet vertraagd.")))
			.andExpect(content().string(containsString("Vertraging bij inloggen opgeheven door")))
			.andExpect(content().string(containsString("Sessies beëindigd door")));
		assertThat(this.jdbc.sql("select count(*) from account_event where user_id = ? and actor_id = ?")
			.params(this.consultant.id(), this.administrator.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anotherMunicipalitysAdministratorCannotSeeOrLiftOrEndSessions() throws Exception {
		CurrentUser stranger = this.fixtures.municipality().user(Role.ADMINISTRATOR);
		for (int attempt = 0; attempt < 6; attempt++) {
			signIn(this.consultant.getUsername(), "wrong-password");
		}
		this.mvc.perform(get("/admin/users/" + this.consultant.id()).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users").with(user(stranger)))
			.andExpect(content().string(not(containsString(this.consultant.getUsername()))));
		this.mvc.perform(post("/admin/users/" + this.consultant.id() + "/unlock").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/users/" + this.consultant.id() + "/sessions/end").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/users/" + this.consultant.id() + "/unlock").with(user(this.consultant)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.throttles.failures(this.consultant.id())).isEqualTo(6);
	}

	@Test
	void aFourthSessionEndsTheLeastRecentlyUsedOne() throws Exception {
		List<SignInSession> sessions = new ArrayList<>();
		for (int n = 0; n < 4; n++) {
			SignInSession session = new SignInSession(this.mvc);
			session.password(this.consultant.getUsername()).andExpect(redirectedUrl("/"));
			sessions.add(session);
		}
		sessions.get(0).perform(get("/clients")).andExpect(redirectedUrl("/login"));
		for (SignInSession session : sessions.subList(1, 4)) {
			session.perform(get("/clients")).andExpect(status().isOk());
		}
	}

	@Test
	void theUserStoreFailingAnswers503AndCountsNothing() throws Exception {
		String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		this.throttles.clear("address:" + address);
		failing(this.userDetails, "users", AppUserRepository.class, () -> {
			signIn(this.consultant.getUsername(), Fixtures.PASSWORD, from(address))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
				.andExpect(forwardedUrl("/login"));
			signIn(this.consultant.getUsername(), "wrong-password", from(address))
				.andExpect(status().isServiceUnavailable());
			this.mvc.perform(get("/api/v1/clients").with(httpBasic(this.consultant.getUsername(), "wrong-password")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
				.andExpect(jsonPath("$.status").value(503));
		});
		assertThat(this.throttles.failures(this.consultant.id())).isZero();
		assertThat(this.throttles.failures("address:" + address)).isZero();
		signIn(this.consultant.getUsername(), Fixtures.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void theThrottlesFailingAnswers503() throws Exception {
		failing(this.throttle, "store", SignInThrottleStore.class, () -> {
			signIn(this.consultant.getUsername(), Fixtures.PASSWORD, from("198.51.100.1"))
				.andExpect(status().isServiceUnavailable());
			signIn(this.consultant.getUsername(), "wrong-password").andExpect(status().isServiceUnavailable());
		});
		assertThat(this.throttles.failures(this.consultant.id())).isZero();
	}

	@Test
	void theLoginPageSaysToTryAgainLater() throws Exception {
		this.mvc.perform(get("/login").requestAttr(SignInUnavailable.ATTRIBUTE, true))
			.andExpect(content().string(containsString("Probeer het later opnieuw")));
		this.mvc.perform(get("/login")).andExpect(content().string(not(containsString("Probeer het later opnieuw"))));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password,
			RequestPostProcessor... processors) throws Exception {
		MockHttpServletRequestBuilder request = post("/login").with(csrf())
			.param("username", username)
			.param("password", password);
		for (RequestPostProcessor processor : processors) {
			request.with(processor);
		}
		return this.mvc.perform(request);
	}

	private MockHttpServletResponse api(String username, String password) throws Exception {
		return this.mvc.perform(get("/api/v1/clients").with(httpBasic(username, password))).andReturn().getResponse();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * Runs the step with the bean's field (a store) answering every call as a database
	 * that cannot be reached, then puts the real one back: this test's seam, without a
	 * context of its own.
	 */
	private static <T> void failing(Object bean, String field, Class<T> type, Step step) throws Exception {
		Object target = AopTestUtils.getUltimateTargetObject(bean);
		Object real = ReflectionTestUtils.getField(target, field);
		Object broken = type.isInterface()
				? Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
					throw new DataAccessResourceFailureException("the database cannot be reached");
				}) : org.mockito.Mockito.mock(type, invocation -> {
					throw new DataAccessResourceFailureException("the database cannot be reached");
				});
		ReflectionTestUtils.setField(target, field, broken);
		try {
			step.run();
		}
		finally {
			ReflectionTestUtils.setField(target, field, real);
		}
	}

	interface Step {

		void run() throws Exception;

	}

}
