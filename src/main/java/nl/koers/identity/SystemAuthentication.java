package nl.koers.identity;

import java.util.Collection;
import java.util.Set;

import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.CurrentUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A registered system signed in with its access token: the principal is the account it
 * acts through, the authorities its roles and the scopes it still has.
 */
final class SystemAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final CurrentUser user;

	private final transient Jwt token;

	private final Set<ApiScope> scopes;

	SystemAuthentication(CurrentUser user, Jwt token, Set<ApiScope> scopes,
			Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.user = user;
		this.token = token;
		this.scopes = Set.copyOf(scopes);
		setAuthenticated(true);
	}

	@Override
	public CurrentUser getPrincipal() {
		return this.user;
	}

	@Override
	public Jwt getCredentials() {
		return this.token;
	}

	boolean has(ApiScope scope) {
		return this.scopes.contains(scope);
	}

}
