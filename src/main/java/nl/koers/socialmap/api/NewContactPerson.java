package nl.koers.socialmap.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A contact person to add to an organisation.
 */
public record NewContactPerson(@NotBlank @Size(max = 120) String name, @Size(max = 120) String role,
		@Email @Size(max = 200) String email, @Size(max = 40) String phone) {
}
