package nl.koers.consent.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

public record SharingAgreementView(UUID id, UUID organisationId, Set<DataCategory> categories, String legalBasis,
		String purpose, LocalDate validFrom, LocalDate validUntil, String recordedByName, Instant recordedAt) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(this.validFrom) && (this.validUntil == null || day.isBefore(this.validUntil));
	}

}
