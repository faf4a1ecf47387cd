package nl.koers.trajectory.api;

import java.time.LocalDate;

/**
 * The start of an accepted trajectory; the date defaults to today.
 */
public record TrajectoryStart(LocalDate startedOn, Long version) {
}
