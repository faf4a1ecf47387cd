package nl.koers.identity;

import jakarta.servlet.http.Cookie;
import nl.koers.Fixtures;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A browser's session cookie (sessions are in PostgreSQL, found by the cookie), kept
 * across requests and replaced when the server sends a new one.
 */
final class SignInSession {

	static final String COOKIE = "SESSION";

	private final MockMvc mvc;

	private Cookie cookie;

	SignInSession(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (this.cookie != null) {
			request.cookie(this.cookie);
		}
		ResultActions result = this.mvc.perform(request);
		MvcResult done = result.andReturn();
		Cookie sent = done.getResponse().getCookie(COOKIE);
		if (sent != null) {
			this.cookie = sent.getMaxAge() == 0 ? null : sent;
		}
		return result;
	}

	ResultActions password(String username, String password) throws Exception {
		return perform(post("/login").with(csrf()).param("username", username).param("password", password));
	}

	ResultActions password(String username) throws Exception {
		return password(username, Fixtures.PASSWORD);
	}

	ResultActions code(String code) throws Exception {
		return perform(post("/second-factor").with(csrf()).param("code", code));
	}

	String id() {
		return this.cookie == null ? null : this.cookie.getValue();
	}

}
