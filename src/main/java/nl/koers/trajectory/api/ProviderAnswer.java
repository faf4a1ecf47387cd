package nl.koers.trajectory.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The provider's answer to a nomination on a day (default today); a decline needs a
 * reason.
 */
public record ProviderAnswer(@NotNull Boolean accept, LocalDate answeredOn, @Size(max = 4000) String reason,
		Long version) {
}
