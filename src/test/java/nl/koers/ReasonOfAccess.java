package nl.koers;

import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import nl.koers.identity.api.CurrentUser;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * For page tests where a consultant or coordinator opens a client they do not lead: gives
 * a reason of access ("Vervanging van een collega") for these clients in a session of its
 * own and returns the session's cookie, to send with the requests that follow
 * ({@code .cookie(session)}). The session lives in PostgreSQL (Spring Session), so a
 * {@code MockHttpSession} would not be found.
 */
public final class ReasonOfAccess {

	private ReasonOfAccess() {
	}

	/**
	 * The user, with a session in which the reason of access for these clients is given:
	 * use instead of {@code user(user)}.
	 */
	public static RequestPostProcessor userWithReason(MockMvc mvc, CurrentUser user, UUID... clientIds)
			throws Exception {
		Cookie session = given(mvc, user, clientIds);
		RequestPostProcessor signedIn = user(user);
		return request -> {
			MockHttpServletRequest processed = signedIn.postProcessRequest(request);
			Cookie[] cookies = processed.getCookies() == null ? new Cookie[0] : processed.getCookies();
			Cookie[] all = Arrays.copyOf(cookies, cookies.length + 1);
			all[cookies.length] = session;
			processed.setCookies(all);
			return processed;
		};
	}

	public static Cookie given(MockMvc mvc, CurrentUser user, UUID... clientIds) throws Exception {
		Cookie session = null;
		for (UUID clientId : clientIds) {
			var request = post("/clients/" + clientId + "/reason").with(user(user))
				.with(csrf())
				.param("reason", "STAND_IN");
			if (session != null) {
				request.cookie(session);
			}
			MvcResult result = mvc.perform(request).andReturn();
			Cookie made = result.getResponse().getCookie("SESSION");
			if (made != null) {
				session = made;
			}
		}
		if (session == null) {
			throw new IllegalStateException("no session was made: does the user lead every one of these clients?");
		}
		return session;
	}

}
