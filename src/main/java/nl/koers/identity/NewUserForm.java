package nl.koers.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.koers.identity.api.NewUser;
import nl.koers.identity.api.Role;

/**
 * A user account an administrator creates on the page, always in their own municipality.
 * Institution workers name their organisation; nobody else does.
 */
record NewUserForm(UUID organisationId,
		@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{user.username.pattern}") String username,
		@NotBlank @Size(max = 120) String displayName,
		@NotBlank @Size(min = 10, max = 200, message = "{user.password.size}") String password,
		@NotEmpty Set<Role> roles) {

	static NewUserForm empty() {
		return new NewUserForm(null, null, null, null, Set.of(Role.CONSULTANT));
	}

	NewUser toNewUser(UUID municipalityId) {
		return new NewUser(municipalityId, this.organisationId, this.username, this.displayName, this.password,
				this.roles);
	}

}
