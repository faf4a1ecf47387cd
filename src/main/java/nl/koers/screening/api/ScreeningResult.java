package nl.koers.screening.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.route.api.Route;

/**
 * The outcome of examining one client; {@code advisedRoute} only with
 * {@link ScreeningOutcome#OTHER_ROUTE_ADVISED}, and a note whenever something should
 * change.
 */
public record ScreeningResult(@NotNull ScreeningOutcome outcome, Route advisedRoute, @Size(max = 2000) String note) {
}
