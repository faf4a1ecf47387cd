package nl.koers.identity;

import java.util.List;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.SecondFactorCodes;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.identity.api.SecondFactors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in with a password and a second factor through the login form, with the session
 * kept in PostgreSQL as a browser keeps it.
 */
@KoersTest
class SecondFactorSignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcClient jdbc;

	Municipality municipality;

	CurrentUser administrator;

	SignInSession session;

	@BeforeEach
	void setUp() {
		this.municipality = this.fixtures.municipality();
		this.administrator = this.municipality.user(Role.ADMINISTRATOR);
		this.session = new SignInSession(this.mvc);
	}

	@Test
	void passwordThenCodeLandsOnTheHomePageWithANewSessionId() throws Exception {
		enrol(this.administrator);
		this.session.password(this.administrator.getUsername()).andExpect(redirectedUrl("/second-factor"));
		String waiting = this.session.id();
		this.session.perform(get("/second-factor")).andExpect(status().isOk());
		this.session.code(SecondFactorCodes.next(secret())).andExpect(redirectedUrl("/"));
		assertThat(this.session.id()).isNotNull().isNotEqualTo(waiting);
		this.session.perform(get("/admin/users")).andExpect(status().isOk());
		this.session.perform(get("/second-factor")).andExpect(redirectedUrl("/"));
	}

	@Test
	void noPageOpensBetweenPasswordAndCode() throws Exception {
		enrol(this.administrator);
		this.session.password(this.administrator.getUsername());
		for (String page : List.of("/", "/admin/users", "/account/password", "/access-log", "/login")) {
			this.session.perform(get(page)).andExpect(redirectedUrl("/second-factor"));
		}
		this.session.perform(post("/admin/users/" + this.administrator.id() + "/unlock").with(csrf()))
			.andExpect(redirectedUrl("/second-factor"));
		this.session.perform(get("/api/v1/clients")).andExpect(status().isUnauthorized());
	}

	@Test
	void wrongCodesAreRefusedAndThenDelayed() throws Exception {
		enrol(this.administrator);
		this.session.password(this.administrator.getUsername());
		for (int attempt = 0; attempt < 5; attempt++) {
			this.session.code("000000")
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Deze code klopt niet")));
		}
		this.session.code("000000")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Wacht even")));
		Throttles throttles = new Throttles(this.jdbc);
		throttles.delayLong(this.administrator.id());
		this.session.code(SecondFactorCodes.next(secret()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Wacht even")));
		assertThat(throttles.failures(this.administrator.id())).isEqualTo(6);
		SignInSession again = new SignInSession(this.mvc);
		again.password(this.administrator.getUsername()).andExpect(redirectedUrl("/login?error"));
		throttles.letDelayPass(this.administrator.id());
		this.session.code(SecondFactorCodes.next(secret())).andExpect(redirectedUrl("/"));
		assertThat(throttles.failures(this.administrator.id())).isZero();
	}

	@Test
	void rightPasswordsDoNotUndoWrongCodes() throws Exception {
		enrol(this.administrator);
		for (int attempt = 0; attempt < 5; attempt++) {
			SignInSession attacker = new SignInSession(this.mvc);
			attacker.password(this.administrator.getUsername()).andExpect(redirectedUrl("/second-factor"));
			attacker.code("000000").andExpect(status().isBadRequest());
		}
		this.session.password(this.administrator.getUsername());
		this.session.code("000000")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Wacht even")));
	}

	@Test
	void aCodeWorksOnce() throws Exception {
		enrol(this.administrator);
		String code = SecondFactorCodes.next(secret());
		this.session.password(this.administrator.getUsername());
		this.session.code(code).andExpect(redirectedUrl("/"));
		SignInSession again = new SignInSession(this.mvc);
		again.password(this.administrator.getUsername());
		again.code(code).andExpect(status().isBadRequest());
	}

	@Test
	void anAdministratorWithoutASecondFactorEnrolsAndGetsRecoveryCodesThatWorkOnce() throws Exception {
		this.session.password(this.administrator.getUsername()).andExpect(redirectedUrl("/second-factor/enrol"));
		this.session.perform(get("/admin/users")).andExpect(redirectedUrl("/second-factor"));
		Document enrolment = page(this.session.perform(get("/second-factor/enrol")).andExpect(status().isOk()));
		String secret = enrolment.getElementById("secret").text();
		assertThat(enrolment.getElementById("qr-code").attr("src")).startsWith("data:image/png;base64,");
		this.session.perform(post("/second-factor/enrol").with(csrf()).param("code", "123"))
			.andExpect(status().isBadRequest());
		String waiting = this.session.id();
		Document codes = page(this.session
			.perform(post("/second-factor/enrol").with(csrf()).param("code", SecondFactorCodes.next(secret)))
			.andExpect(status().isOk()));
		List<String> recoveryCodes = codes.select("#recovery-codes code").eachText();
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.session.id()).isNotEqualTo(waiting);
		this.session.perform(get("/admin/users")).andExpect(status().isOk());

		SignInSession recovering = new SignInSession(this.mvc);
		recovering.password(this.administrator.getUsername()).andExpect(redirectedUrl("/second-factor"));
		recovering.code(recoveryCodes.get(3)).andExpect(redirectedUrl("/"));
		SignInSession again = new SignInSession(this.mvc);
		again.password(this.administrator.getUsername());
		again.code(recoveryCodes.get(3)).andExpect(status().isBadRequest());
		again.code(recoveryCodes.get(4).toUpperCase()).andExpect(redirectedUrl("/"));
	}

	@Test
	void aConsultantSignsInWithThePasswordAloneUnlessEnrolledOfTheirOwnAccord() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		this.session.password(consultant.getUsername()).andExpect(redirectedUrl("/"));
		Document enrolment = page(this.session.perform(get("/account/second-factor")).andExpect(status().isOk()));
		String secret = enrolment.getElementById("secret").text();
		this.session.perform(post("/account/second-factor").with(csrf()).param("code", SecondFactorCodes.next(secret)))
			.andExpect(status().isOk());
		new SignInSession(this.mvc).password(consultant.getUsername()).andExpect(redirectedUrl("/second-factor"));
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		this.session.perform(get("/login")).andExpect(status().isOk());
		String anonymous = this.session.id();
		assertThat(anonymous).isNotNull();
		this.session.password(consultant.getUsername()).andExpect(redirectedUrl("/"));
		assertThat(this.session.id()).isNotNull().isNotEqualTo(anonymous);
	}

	@Test
	void aRoleChangeEndsTheUsersSessions() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		this.session.password(consultant.getUsername()).andExpect(redirectedUrl("/"));
		this.session.perform(get("/clients")).andExpect(status().isOk());
		long version = this.jdbc.sql("select version from app_user where id = ?")
			.param(consultant.id())
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/users/" + consultant.id()).with(user(this.administrator))
				.with(csrf())
				.param("displayName", consultant.displayName())
				.param("roles", "COORDINATOR")
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users"));
		this.session.perform(get("/clients")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void everyFailedSignInGetsTheSameAnswer() throws Exception {
		CurrentUser consultant = this.municipality.user(Role.CONSULTANT);
		CurrentUser locked = this.municipality.user(Role.CONSULTANT);
		for (int attempt = 0; attempt < 6; attempt++) {
			new SignInSession(this.mvc).password(locked.getUsername(), "wrong-password");
		}
		new Throttles(this.jdbc).delayLong(locked.id());
		new SignInSession(this.mvc).password("nobody-" + consultant.getUsername(), "wrong-password")
			.andExpect(redirectedUrl("/login?error"));
		new SignInSession(this.mvc).password(consultant.getUsername(), "wrong-password")
			.andExpect(redirectedUrl("/login?error"));
		new SignInSession(this.mvc).password(locked.getUsername(), Fixtures.PASSWORD)
			.andExpect(redirectedUrl("/login?error"));
		String error = this.mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(error).select(".alert").text()).isNotBlank();
	}

	private void enrol(CurrentUser user) {
		this.secondFactors.enrol(user.id(), secret());
	}

	private String secret() {
		return SecondFactorCodes.SECRET;
	}

	private static Document page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
	}

}
