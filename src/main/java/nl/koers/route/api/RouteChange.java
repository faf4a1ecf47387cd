package nl.koers.route.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change of route; {@code reviewDate} is the end of the rest period and required for
 * {@link Route#REST}. With {@code corrects}, it replaces an earlier recorded change.
 */
public record RouteChange(@NotNull Route route, @NotNull LocalDate effectiveDate,
		@NotBlank @Size(max = 2000) String reason, LocalDate reviewDate, UUID corrects) {
}
