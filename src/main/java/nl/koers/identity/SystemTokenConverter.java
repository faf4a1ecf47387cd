package nl.koers.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.CurrentUser;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a checked access token into the system's {@link CurrentUser}, looked up on every
 * request (by the unique account id, one indexed read each) so that a system revoked, or
 * whose secret was rotated after the token was issued, is refused on its next call. The
 * token's scopes count only as far as the system still has them.
 */
@Component
class SystemTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final ApiSystemRepository systems;

	private final AppUserRepository users;

	private final Clock clock;

	SystemTokenConverter(ApiSystemRepository systems, AppUserRepository users, Clock clock) {
		this.systems = systems;
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public AbstractAuthenticationToken convert(Jwt jwt) {
		UUID userId = userId(jwt);
		ApiSystem system = this.systems.findByUserId(userId)
			.filter(candidate -> !candidate.isRevoked() && !rotatedSince(candidate, jwt.getIssuedAt()))
			.orElseThrow(SystemTokenConverter::refused);
		CurrentUser user = this.users.findById(userId)
			.map(account -> account.toCurrentUser(this.clock.instant()))
			.orElseThrow(SystemTokenConverter::refused);
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		scopes(jwt).stream().flatMap(value -> ApiScope.of(value).stream()).forEach(scopes::add);
		scopes.retainAll(system.getScopes());
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
		return new SystemAuthentication(user, jwt, scopes, authorities);
	}

	/**
	 * A token is stamped in whole seconds; one issued in the second of a rotation still
	 * counts as issued after it.
	 */
	private static boolean rotatedSince(ApiSystem system, Instant issuedAt) {
		return system.getRotatedAt() != null
				&& (issuedAt == null || issuedAt.isBefore(system.getRotatedAt().truncatedTo(ChronoUnit.SECONDS)));
	}

	private static List<String> scopes(Jwt jwt) {
		List<String> claimed = jwt.getClaimAsStringList("scope");
		return claimed == null ? List.of()
				: claimed.stream().flatMap(value -> Arrays.stream(value.split(" "))).toList();
	}

	private static UUID userId(Jwt jwt) {
		try {
			return UUID.fromString(jwt.getSubject());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw refused();
		}
	}

	private static InvalidBearerTokenException refused() {
		return new InvalidBearerTokenException("The access token is not valid.");
	}

}
