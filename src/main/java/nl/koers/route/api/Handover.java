package nl.koers.route.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.client.api.Outcome;

/**
 * Handing a client on the route towards KP3 over to the partner organisation, which ends
 * the KP4 route on that date. {@code outcome} is what became of the client; without it,
 * {@link Outcome#REINTEGRATION}.
 */
public record Handover(@NotNull LocalDate effectiveDate, @NotBlank @Size(max = 200) String organisation,
		@NotBlank @Size(max = 2000) String reason, UUID corrects, Outcome outcome) {

	/**
	 * A handover on to re-integration.
	 */
	public Handover(LocalDate effectiveDate, String organisation, String reason, UUID corrects) {
		this(effectiveDate, organisation, reason, corrects, null);
	}

}
