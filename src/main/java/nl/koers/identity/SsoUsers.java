package nl.koers.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Loads the identity provider's user (ID token and user info, checked by Spring) and
 * signs them in to their Koers account; refuses them when their claims give no access.
 */
@Component
class SsoUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/**
	 * The error of a sign-in that the identity provider accepted and Koers refuses.
	 */
	static final String NO_ACCESS = "koers_no_access";

	private static final Logger log = LoggerFactory.getLogger(SsoUsers.class);

	private final OidcUserService provider = new OidcUserService();

	private final SsoAccountService accounts;

	SsoUsers(SsoAccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.provider.loadUser(request);
		String registrationId = request.getClientRegistration().getRegistrationId();
		return this.accounts.signIn(registrationId, user.getIdToken().getIssuer().toString(), user.getClaims())
			.map(account -> new SsoUser(user, account))
			.orElseThrow(() -> {
				log.info("Single sign-on through {} refused: no mapped role, or the account is not in use",
						registrationId);
				return new OAuth2AuthenticationException(new OAuth2Error(NO_ACCESS));
			});
	}

}
