package nl.koers.trajectory.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consultant's nomination of a client under a contract; the date defaults to today.
 */
public record Nomination(@NotNull UUID contractId, LocalDate nominatedOn,
		@NotBlank @Size(max = 4000) String motivation) implements Serializable {
}
