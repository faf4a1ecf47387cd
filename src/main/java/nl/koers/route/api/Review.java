package nl.koers.route.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.client.api.Outcome;

/**
 * The case lead's review decision: extend the rest period to {@code reviewDate}, keep
 * care support, or change to {@code route} (with {@code reviewDate} as the end of a rest
 * period), with {@code outcome}, what became of the client on the route that ends
 * (optional here; the case lead's form asks for it).
 */
public record Review(@NotNull ReviewDecision decision, @NotNull LocalDate effectiveDate, Route route,
		LocalDate reviewDate, @NotBlank @Size(max = 2000) String reason, Outcome outcome) {

	/**
	 * A review without an outcome.
	 */
	public Review(ReviewDecision decision, LocalDate effectiveDate, Route route, LocalDate reviewDate, String reason) {
		this(decision, effectiveDate, route, reviewDate, reason, null);
	}

}
