package nl.koers.identity;

import nl.koers.Fixtures;
import nl.koers.Fixtures.Municipality;
import nl.koers.KoersTest;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HTTP Basic through the credential cache: a verified credential is reused, and every
 * change an administrator or the throttle makes takes effect on the very next request
 * with the same {@code Authorization} header.
 */
@KoersTest
@TestPropertySource(properties = "koers.api.basic-auth.enabled=true")
class CredentialCacheInvalidationTests {

	static final String NEW_PASSWORD = "een-nieuw-wachtwoord";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CredentialCache credentials;

	@Autowired
	JdbcClient jdbc;

	CurrentUser administrator;

	CurrentUser consultant;

	@BeforeEach
	void setUp() throws Exception {
		Municipality municipality = this.fixtures.municipality();
		this.administrator = municipality.user(Role.ADMINISTRATOR);
		this.consultant = municipality.user(Role.CONSULTANT);
		call(Fixtures.PASSWORD, status().isOk());
	}

	@Test
	void reusesAVerifiedCredentialWithoutVerifyingThePasswordAgain() throws Exception {
		long before = this.credentials.verifications();
		for (int request = 0; request < 5; request++) {
			call(Fixtures.PASSWORD, status().isOk());
		}
		assertThat(this.credentials.verifications()).isEqualTo(before);
		// A change behind identity's back (here: straight in the database) is not seen
		// until the entry expires, which shows that the stored hash is not read again.
		this.jdbc.sql("update app_user set password_hash = '{noop}ander' where id = ?")
			.param(this.consultant.id())
			.update();
		call(Fixtures.PASSWORD, status().isOk());
	}

	@Test
	void aWrongPasswordIsVerifiedEveryTimeAndNeverAccepted() throws Exception {
		long before = this.credentials.verifications();
		call("verkeerd-wachtwoord", status().isUnauthorized());
		call("verkeerd-wachtwoord", status().isUnauthorized());
		assertThat(this.credentials.verifications()).isEqualTo(before + 2);
	}

	@Test
	void aPasswordResetByAnAdministratorRefusesTheOldPasswordOnTheNextRequest() throws Exception {
		this.mvc
			.perform(post("/admin/users/" + this.consultant.id() + "/password").with(user(this.administrator))
				.with(csrf())
				.param("password", NEW_PASSWORD))
			.andExpect(status().isFound());
		call(Fixtures.PASSWORD, status().isUnauthorized());
		call(NEW_PASSWORD, status().isOk());
	}

	@Test
	void deactivationRefusesTheNextRequest() throws Exception {
		change(Role.CONSULTANT, false);
		call(Fixtures.PASSWORD, status().isUnauthorized());
	}

	@Test
	void aRoleChangeTakesEffectOnTheNextRequest() throws Exception {
		change(Role.MANAGER, true);
		call(Fixtures.PASSWORD, status().isForbidden());
		change(Role.CONSULTANT, true);
		call(Fixtures.PASSWORD, status().isOk());
	}

	@Test
	void aLockRefusesTheRightPasswordOnTheNextRequest() throws Exception {
		lock();
		call(Fixtures.PASSWORD, status().isUnauthorized());
	}

	@Test
	void anUnlockAcceptsTheRightPasswordOnTheNextRequest() throws Exception {
		lock();
		call(Fixtures.PASSWORD, status().isUnauthorized());
		this.mvc
			.perform(post("/admin/users/" + this.consultant.id() + "/unlock").with(user(this.administrator))
				.with(csrf()))
			.andExpect(status().isFound());
		call(Fixtures.PASSWORD, status().isOk());
	}

	@Test
	void aFailedLoginMakesTheNextSuccessfulOneVerifyAndResetTheCount() throws Exception {
		call("verkeerd-wachtwoord", status().isUnauthorized());
		assertThat(failedLogins()).isEqualTo(1);
		call(Fixtures.PASSWORD, status().isOk());
		assertThat(failedLogins()).isZero();
	}

	@Test
	void theLoginFormStillSignsInWithASessionAfterAnApiCall() throws Exception {
		this.mvc.perform(formLogin("/login").user(this.consultant.getUsername()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	private void lock() throws Exception {
		for (int attempt = 0; attempt < 6; attempt++) {
			call("verkeerd-wachtwoord", status().isUnauthorized());
		}
		new Throttles(this.jdbc).delayLong(this.consultant.id());
	}

	private int failedLogins() {
		return new Throttles(this.jdbc).failures(this.consultant.id());
	}

	private void change(Role role, boolean enabled) throws Exception {
		long version = this.jdbc.sql("select version from app_user where id = ?")
			.param(this.consultant.id())
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/users/" + this.consultant.id()).with(user(this.administrator))
				.with(csrf())
				.param("displayName", this.consultant.displayName())
				.param("roles", role.name())
				.param("enabled", String.valueOf(enabled))
				.param("version", String.valueOf(version)))
			.andExpect(status().isFound());
	}

	private void call(String password, ResultMatcher expected) throws Exception {
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(this.consultant.getUsername(), password)))
			.andExpect(expected);
	}

}
