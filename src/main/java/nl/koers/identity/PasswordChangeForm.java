package nl.koers.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user changes their own password: the current one, and the new one twice.
 */
record PasswordChangeForm(@NotBlank String currentPassword,
		@NotBlank @Size(min = 12, max = 200, message = "{account.password.size}") String password,
		@NotBlank String repeat) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm(null, null, null);
	}

}
