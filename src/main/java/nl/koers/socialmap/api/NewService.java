package nl.koers.socialmap.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A service to add to an organisation, optionally at one of its locations.
 */
public record NewService(@NotBlank @Size(max = 200) String name, @NotNull ServiceCategory category,
		@Size(max = 4000) String description, UUID locationId, @NotNull @PastOrPresent LocalDate verifiedOn) {
}
