package nl.koers.identity;

import nl.koers.identity.api.Role;

import nl.koers.identity.api.CurrentUser;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KoersTest
@TestPropertySource(properties = "koers.api.basic-auth.enabled=true")
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void logsInWithTheStoredPasswordAndLogsOut() throws Exception {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void delaysTheAccountAfterTheFreeFailuresEvenForTheRightPassword() throws Exception {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		for (int attempt = 0; attempt < 6; attempt++) {
			this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password("wrong-password"));
		}
		new Throttles(this.jdbc).delayLong(consultant.id());
		this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(consultant.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	/**
	 * An attempt during the delay is refused without being counted, so hammering does not
	 * lengthen the delay; it still costs a password verification, like any other.
	 */
	@Test
	void anAttemptDuringTheDelayIsNotCounted() throws Exception {
		CurrentUser consultant = this.fixtures.municipality().user(Role.CONSULTANT);
		for (int attempt = 0; attempt < 6; attempt++) {
			this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password("wrong-password"));
		}
		Throttles throttles = new Throttles(this.jdbc);
		throttles.delayLong(consultant.id());
		this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(throttles.failures(consultant.id())).isEqualTo(6);
	}

	@Test
	void administratorLiftsTheDelay() throws Exception {
		var municipality = this.fixtures.municipality();
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		CurrentUser administrator = municipality.user(Role.ADMINISTRATOR);
		for (int attempt = 0; attempt < 6; attempt++) {
			this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password("wrong-password"));
		}
		new Throttles(this.jdbc).delayLong(consultant.id());
		this.mvc.perform(post("/admin/users/" + consultant.id() + "/unlock").with(user(administrator)).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(formLogin("/login").user(consultant.getUsername()).password(Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void loginPageIsDutchByDefaultAndCarriesSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"nl\"")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void apiRefusesAnonymousCallsWithAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/clients"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
	}

}
