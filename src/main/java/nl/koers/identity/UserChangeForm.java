package nl.koers.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.identity.api.Role;

/**
 * What an administrator changes of an existing account.
 */
record UserChangeForm(@NotBlank @Size(max = 120) String displayName, @NotEmpty Set<Role> roles, Boolean enabled,
		@NotNull Long version) {
}
