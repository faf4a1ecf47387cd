package nl.koers.trajectory.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.client.api.Outcome;

/**
 * The end of a running trajectory with its outcome from the one list; an outcome in which
 * the client did not move on (no change, dropped out, moved, other) needs a note (the
 * reason, or what it was). The date defaults to today.
 */
public record TrajectoryEnd(@NotNull Outcome outcome, LocalDate endedOn, @Size(max = 4000) String note, Long version) {
}
