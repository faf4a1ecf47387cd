package nl.koers.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.consent.api.DataCategory;
import nl.koers.consent.api.NewSharingAgreement;

/**
 * The agreements page's form: the organisation with the agreement to record.
 */
record SharingAgreementForm(@NotNull UUID organisationId, @NotEmpty Set<DataCategory> categories,
		@NotBlank @Size(max = 500) String legalBasis, @NotBlank @Size(max = 2000) String purpose,
		@NotNull LocalDate validFrom, LocalDate validUntil) {

	NewSharingAgreement agreement() {
		return new NewSharingAgreement(this.categories, this.legalBasis, this.purpose, this.validFrom, this.validUntil);
	}

}
