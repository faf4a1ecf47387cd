package nl.koers.screening.api;

import java.time.Instant;
import java.util.UUID;

import nl.koers.route.api.Route;

/**
 * One selected client of a campaign and, once examined, the outcome.
 */
public record ScreeningItem(UUID clientId, String clientName, ScreeningOutcome outcome, Route advisedRoute, String note,
		String examinedByName, Instant examinedAt) {

	public boolean examined() {
		return this.outcome != null;
	}

}
