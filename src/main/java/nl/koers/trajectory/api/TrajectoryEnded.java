package nl.koers.trajectory.api;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.client.api.Outcome;

/**
 * A started trajectory ended, with its outcome. Published in the transaction that
 * recorded the end.
 *
 * @param endedOn the last day in the trajectory
 */
public record TrajectoryEnded(UUID trajectoryId, UUID clientId, UUID municipalityId, LocalDate endedOn,
		Outcome outcome) {
}
