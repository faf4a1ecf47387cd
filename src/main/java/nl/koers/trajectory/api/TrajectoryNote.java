package nl.koers.trajectory.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A dated text: the provider's phase report, or the consultant's reason to withdraw a
 * nomination. The date defaults to today.
 */
public record TrajectoryNote(LocalDate date, @NotBlank @Size(max = 4000) String text) {
}
