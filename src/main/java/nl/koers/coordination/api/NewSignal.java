package nl.koers.coordination.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A signal to raise: what kind, what was observed, and when.
 */
public record NewSignal(@NotNull SignalKind kind, @NotBlank @Size(max = 4000) String observation,
		@NotNull @PastOrPresent LocalDate observedOn) {
}
