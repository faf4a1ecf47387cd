package nl.koers.route.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.koers.client.api.Outcome;

/**
 * One recorded event as the history shows it.
 *
 * @param outcome what became of the client on the route the event ended, when recorded
 * @param status whether it counts, was replaced by a correction, or withdraws another
 */
public record HistoryEntry(UUID id, EventKind kind, LocalDate effectiveDate, ClientProfile profile, Route route,
		ReviewDecision decision, LocalDate reviewDate, String organisation, String reason, Outcome outcome,
		String authorName, Instant recordedAt, UUID correctsId, Status status) {

	public enum Status {

		EFFECTIVE, CORRECTED, WITHDRAWAL

	}

}
