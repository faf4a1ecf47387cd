package nl.koers.identity;

import nl.koers.identity.api.CurrentUser;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The identity provider's user with the Koers account they signed in to, for the moment
 * between the token exchange and {@link SsoAuthentication}.
 */
final class SsoUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final CurrentUser account;

	SsoUser(OidcUser user, CurrentUser account) {
		super(account.getAuthorities(), user.getIdToken(), user.getUserInfo());
		this.account = account;
	}

	CurrentUser account() {
		return this.account;
	}

}
