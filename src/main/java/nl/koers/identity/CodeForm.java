package nl.koers.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A code from the authenticator app, or a recovery code.
 */
record CodeForm(@NotBlank @Size(max = 40) String code) {

	static CodeForm empty() {
		return new CodeForm(null);
	}

}
