package nl.koers.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * After the Koers session ended: a single sign-on user goes on to the identity provider's
 * end-session endpoint (RP-initiated logout with the ID token as hint) when it has one,
 * and comes back to the login page; everyone else goes to the login page at once.
 */
final class SsoLogout implements LogoutSuccessHandler {

	private static final String LOGGED_OUT = "/login?logout";

	private final OidcClientInitiatedLogoutSuccessHandler provider;

	SsoLogout(ClientRegistrationRepository registrations) {
		this.provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		this.provider.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT);
		this.provider.setDefaultTargetUrl(LOGGED_OUT);
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		this.provider.onLogoutSuccess(request, response,
				authentication instanceof SsoAuthentication sso ? sso.forLogout() : authentication);
	}

}
