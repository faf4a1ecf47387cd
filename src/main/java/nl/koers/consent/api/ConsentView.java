package nl.koers.consent.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

public record ConsentView(UUID id, UUID clientId, UUID organisationId, Set<DataCategory> categories,
		LocalDate validFrom, LocalDate validUntil, String recordedByName, Instant recordedAt, Instant withdrawnAt,
		String withdrawnByName, String withdrawalReason) {

	public boolean activeOn(LocalDate day) {
		return this.withdrawnAt == null && !day.isBefore(this.validFrom)
				&& (this.validUntil == null || day.isBefore(this.validUntil));
	}

}
