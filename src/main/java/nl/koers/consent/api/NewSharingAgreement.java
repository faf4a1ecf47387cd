package nl.koers.consent.api;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A data-sharing agreement with an organisation: which categories, on what legal basis,
 * for what purpose, from a day until a day (exclusive) or open.
 */
public record NewSharingAgreement(@NotEmpty Set<DataCategory> categories, @NotBlank @Size(max = 500) String legalBasis,
		@NotBlank @Size(max = 2000) String purpose, @NotNull LocalDate validFrom, LocalDate validUntil) {
}
