package nl.koers.route.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.client.api.Outcome;

/**
 * A profile decision; with {@code corrects}, it replaces an earlier recorded decision.
 * {@code outcome} is what became of the client when the decision ends the KP4 route
 * (optional here; the case lead's form asks for it unless that route was investigation).
 */
public record ProfileDecision(@NotNull ClientProfile profile, @NotNull LocalDate effectiveDate,
		@NotBlank @Size(max = 2000) String reason, UUID corrects, Outcome outcome) {

	/**
	 * A decision without an outcome.
	 */
	public ProfileDecision(ClientProfile profile, LocalDate effectiveDate, String reason, UUID corrects) {
		this(profile, effectiveDate, reason, corrects, null);
	}

}
