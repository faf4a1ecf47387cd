package nl.koers.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.identity.api.ApiScope;
import nl.koers.identity.api.NewApiSystem;
import nl.koers.identity.api.Role;

/**
 * A system an administrator registers: bound to an organisation of the municipality, or
 * (without one) to the municipality itself with the role it acts with.
 */
record ApiSystemForm(
		@NotBlank @Pattern(regexp = "[a-z0-9-]{3,40}", message = "{apisystem.clientId.pattern}") String clientId,
		@NotBlank @Size(max = 120) String name, UUID organisationId, Role role,
		@NotEmpty(message = "{apisystem.scopes.required}") Set<ApiScope> scopes) {

	static ApiSystemForm empty() {
		return new ApiSystemForm(null, null, null, null, Set.of());
	}

	NewApiSystem toNewApiSystem(UUID municipalityId, String secret) {
		return new NewApiSystem(municipalityId, this.organisationId, this.clientId, this.name, secret, this.scopes,
				this.role);
	}

}
