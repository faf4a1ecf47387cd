package nl.koers.route.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A profile decision; with {@code corrects}, it replaces an earlier recorded decision.
 */
public record ProfileDecision(@NotNull ClientProfile profile, @NotNull LocalDate effectiveDate,
		@NotBlank @Size(max = 2000) String reason, UUID corrects) {
}
