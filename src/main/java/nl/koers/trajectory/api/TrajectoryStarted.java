package nl.koers.trajectory.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A trajectory started: the client is in a trajectory from that day. Published in the
 * transaction that recorded the start.
 */
public record TrajectoryStarted(UUID trajectoryId, UUID clientId, UUID municipalityId, LocalDate startedOn) {
}
