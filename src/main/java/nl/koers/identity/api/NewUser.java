package nl.koers.identity.api;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user account to create. Institution workers name their organisation; nobody else
 * does.
 */
public record NewUser(@NotNull UUID municipalityId, UUID organisationId,
		@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{user.username.pattern}") String username,
		@NotBlank @Size(max = 120) String displayName,
		@NotBlank @Size(min = 10, max = 200, message = "{user.password.size}") String password,
		@NotEmpty Set<Role> roles) {
}
