package nl.koers.route.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.client.api.Outcome;

/**
 * A change of route; {@code reviewDate} is the end of the rest period and required for
 * {@link Route#REST}. With {@code corrects}, it replaces an earlier recorded change.
 * {@code outcome} is what became of the client on the route the change ends (optional
 * here; the case lead's form asks for it unless that route was investigation).
 */
public record RouteChange(@NotNull Route route, @NotNull LocalDate effectiveDate,
		@NotBlank @Size(max = 2000) String reason, LocalDate reviewDate, UUID corrects, Outcome outcome) {

	/**
	 * A change without an outcome.
	 */
	public RouteChange(Route route, LocalDate effectiveDate, String reason, LocalDate reviewDate, UUID corrects) {
		this(route, effectiveDate, reason, reviewDate, corrects, null);
	}

}
