package nl.koers.route.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Handing a client on the route towards KP3 over to the partner organisation, which ends
 * the KP4 route on that date.
 */
public record Handover(@NotNull LocalDate effectiveDate, @NotBlank @Size(max = 200) String organisation,
		@NotBlank @Size(max = 2000) String reason, UUID corrects) {
}
