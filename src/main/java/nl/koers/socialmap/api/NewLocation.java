package nl.koers.socialmap.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A place where an organisation works, to add to it.
 */
public record NewLocation(@Size(max = 200) String name, @Size(max = 200) String address,
		@Size(max = 10) String postalCode, @NotBlank @Size(max = 100) String city) {
}
