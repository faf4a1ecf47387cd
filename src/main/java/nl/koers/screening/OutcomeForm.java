package nl.koers.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.route.api.Route;

/**
 * The outcome of examining one client; {@code advisedRoute} only with
 * {@link Outcome#OTHER_ROUTE_ADVISED}, and a note whenever something should change.
 */
public record OutcomeForm(@NotNull Outcome outcome, Route advisedRoute, @Size(max = 2000) String note) {

	static OutcomeForm empty() {
		return new OutcomeForm(null, null, null);
	}

}
