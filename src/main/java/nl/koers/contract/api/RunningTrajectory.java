package nl.koers.contract.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A trajectory running on a reference date, with the phase it was in then; the client is
 * only an id, for the access log.
 */
public record RunningTrajectory(UUID id, UUID clientId, LocalDate startedOn, LocalDate maximumEnd, String phaseName,
		String nominatedByName) {
}
