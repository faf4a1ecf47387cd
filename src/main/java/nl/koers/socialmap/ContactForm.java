package nl.koers.socialmap;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A contact person at an organisation.
 */
public record ContactForm(@NotBlank @Size(max = 120) String name, @Size(max = 120) String role,
		@Email @Size(max = 200) String email, @Size(max = 40) String phone) {
}
