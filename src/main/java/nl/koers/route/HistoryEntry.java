package nl.koers.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One recorded event as the history shows it.
 *
 * @param status whether it counts, was replaced by a correction, or withdraws another
 */
public record HistoryEntry(UUID id, EventKind kind, LocalDate effectiveDate, ClientProfile profile, Route route,
		ReviewDecision decision, LocalDate reviewDate, String organisation, String reason, String authorName,
		Instant recordedAt, UUID correctsId, Status status) {

	public enum Status {

		EFFECTIVE, CORRECTED, WITHDRAWAL

	}

	static HistoryEntry of(RouteEvent event, boolean corrected) {
		Status status = event.isWithdrawn() ? Status.WITHDRAWAL : corrected ? Status.CORRECTED : Status.EFFECTIVE;
		return new HistoryEntry(event.getId(), event.getKind(), event.getEffectiveDate(), event.getProfile(),
				event.getRoute(), event.getReviewDecision(), event.getReviewDate(), event.getOrganisation(),
				event.getReason(), event.getAuthorName(), event.getRecordedAt(), event.getCorrectsId(), status);
	}

}
