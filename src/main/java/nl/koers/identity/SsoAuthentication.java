package nl.koers.identity;

import nl.koers.identity.api.CurrentUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A sign-in with single sign-on: the Koers account as principal, and the registration and
 * ID token that logging out at the identity provider needs (kept in the session with the
 * rest of the security context; no access token is kept).
 */
final class SsoAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final CurrentUser account;

	private final String registrationId;

	private final OidcIdToken idToken;

	SsoAuthentication(CurrentUser account, String registrationId, OidcIdToken idToken) {
		super(account.getAuthorities());
		this.account = account;
		this.registrationId = registrationId;
		this.idToken = idToken;
		setAuthenticated(true);
	}

	@Override
	public CurrentUser getPrincipal() {
		return this.account;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	/**
	 * The sign-in as Spring's OpenID Connect logout expects it.
	 */
	OAuth2AuthenticationToken forLogout() {
		return new OAuth2AuthenticationToken(new DefaultOidcUser(getAuthorities(), this.idToken), getAuthorities(),
				this.registrationId);
	}

}
