package nl.koers.client.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One benefit period of a client.
 *
 * @param id the period
 * @param kind the kind of benefit
 * @param startDate the first day of benefit
 * @param endDate the day the benefit ended (the first day without it), {@code null} while
 * it runs
 * @param endReason why it ended, {@code null} while it runs
 * @param recordedAt when the period was recorded
 * @param endedAt when its end was recorded, {@code null} while it runs
 * @param version the version to send back when ending it
 */
public record BenefitPeriodView(UUID id, BenefitKind kind, LocalDate startDate, LocalDate endDate,
		BenefitEndReason endReason, Instant recordedAt, Instant endedAt, long version) {

	public boolean open() {
		return this.endDate == null;
	}

}
