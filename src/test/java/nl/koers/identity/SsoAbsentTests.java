package nl.koers.identity;

import nl.koers.KoersTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without single sign-on configured, the login page offers only Koers's own accounts and
 * there is no way to start a single sign-on.
 */
@KoersTest
class SsoAbsentTests {

	@Autowired
	MockMvc mvc;

	@Test
	void loginPageHasNoSingleSignOn() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/oauth2/authorization"))))
			.andExpect(content().string(not(containsString("Inloggen met"))));
	}

	@Test
	void noSingleSignOnCanStart() throws Exception {
		this.mvc.perform(get("/oauth2/authorization/gemeente")).andExpect(redirectedUrl("/login"));
	}

}
