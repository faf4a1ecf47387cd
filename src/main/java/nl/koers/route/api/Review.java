package nl.koers.route.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The case lead's review decision: extend the rest period to {@code reviewDate}, keep
 * care support, or change to {@code route} (with {@code reviewDate} as the end of a rest
 * period).
 */
public record Review(@NotNull ReviewDecision decision, @NotNull LocalDate effectiveDate, Route route,
		LocalDate reviewDate, @NotBlank @Size(max = 2000) String reason) {
}
