package nl.koers.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import nl.koers.identity.api.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Koers's side of each single sign-on registration
 * ({@code koers.sso.<registration id>.*}, next to Spring's
 * {@code spring.security.oauth2.client.registration.<registration id>.*}): the
 * municipality its users belong to and how their claims become Koers roles.
 */
@ConfigurationProperties("koers")
@Validated
record SsoProperties(@DefaultValue Map<String, @Valid Registration> sso) {

	Registration registration(String registrationId) {
		Registration registration = this.sso.get(registrationId);
		if (registration == null) {
			throw new IllegalStateException("no koers.sso settings for registration " + registrationId);
		}
		return registration;
	}

	/**
	 * One registration: the municipality code (such as {@code GM1960}); the claim that
	 * carries the groups or roles and which of its values give which Koers roles (only
	 * what is listed: there is no default role); the claim with the user's stable id and
	 * the one with their name; for {@code private_key_jwt}, the SSL bundle with the key
	 * and certificate that sign the client assertion.
	 */
	record Registration(@NotBlank String municipality, @NotBlank String roleClaim,
			@NotEmpty Map<String, Set<Role>> roleMapping, @DefaultValue("sub") @NotBlank String userIdClaim,
			@DefaultValue("name") @NotBlank String displayNameClaim, String clientKey) {

		Registration {
			if (roleMapping != null
					&& roleMapping.values().stream().anyMatch(roles -> roles.contains(Role.INSTITUTION_WORKER))) {
				throw new IllegalArgumentException(
						"role-mapping cannot give INSTITUTION_WORKER: institution workers belong to an organisation "
								+ "and sign in with a Koers account");
			}
		}

		/**
		 * The roles that the claim's values (one text or a list) map to; none when no
		 * value is mapped.
		 */
		Set<Role> rolesFor(Object claim) {
			Stream<?> values = claim instanceof Collection<?> list ? list.stream() : Stream.ofNullable(claim);
			Set<Role> roles = EnumSet.noneOf(Role.class);
			values.map(String::valueOf).map(this.roleMapping::get).filter(Objects::nonNull).forEach(roles::addAll);
			return roles;
		}

	}

}
