package nl.koers.consent.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What a client agreed to share with an organisation, from a day until a day (exclusive)
 * or open.
 */
public record NewConsent(@NotNull UUID organisationId, @NotEmpty Set<DataCategory> categories,
		@NotNull LocalDate validFrom, LocalDate validUntil) {
}
