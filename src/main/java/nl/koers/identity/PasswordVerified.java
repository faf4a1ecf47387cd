package nl.koers.identity;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of a sign-in whose password was right and whose second factor is still to
 * come. It is deliberately not a {@code SignedInUser}, so every page refuses it; the
 * session's user name index finds it by {@link #getName()}.
 */
record PasswordVerified(UUID userId, String username) implements AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return this.username;
	}

}
