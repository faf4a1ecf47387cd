package nl.koers.trajectory.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A running trajectory moves to another phase from a day (default today).
 */
public record PhaseChange(@NotNull @Min(1) @Max(10) Integer phase, LocalDate from, @Size(max = 4000) String note,
		Long version) {
}
