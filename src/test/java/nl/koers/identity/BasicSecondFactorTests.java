package nl.koers.identity;

import nl.koers.Fixtures;
import nl.koers.KoersTest;
import nl.koers.SecondFactorCodes;
import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Role;
import nl.koers.identity.api.SecondFactors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HTTP Basic has no second factor, so it never signs in a user who needs one.
 */
@KoersTest
@TestPropertySource(properties = "koers.api.basic-auth.enabled=true")
class BasicSecondFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesUsersWhoNeedASecondFactorWithTheUsual401() throws Exception {
		var municipality = this.fixtures.municipality();
		CurrentUser auditor = municipality.user(Role.AUDITOR);
		CurrentUser consultant = municipality.user(Role.CONSULTANT);
		CurrentUser enrolled = municipality.user(Role.CONSULTANT);
		this.secondFactors.enrol(enrolled.id(), SecondFactorCodes.SECRET);
		this.mvc.perform(get("/api/v1/access-log").with(httpBasic(auditor.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(enrolled.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(consultant.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void rightPasswordsOverBasicDoNotResetTheFailedAttempts() throws Exception {
		CurrentUser administrator = this.fixtures.municipality().user(Role.ADMINISTRATOR);
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(administrator.getUsername(), "verkeerd-wachtwoord")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/clients").with(httpBasic(administrator.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(new Throttles(this.jdbc).failures(administrator.id())).isEqualTo(1);
	}

}
