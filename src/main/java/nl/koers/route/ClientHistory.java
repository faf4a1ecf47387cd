package nl.koers.route;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.koers.route.api.ClientProfile;
import nl.koers.route.api.HistoryEntry;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod;

/**
 * A client's profile and route history, as known now or at {@code knownAt}: where the
 * client stands today, the route periods, and every recorded event in date order.
 */
record ClientHistory(UUID clientId, String clientName, boolean mayChange, Instant knownAt, ClientProfile profile,
		Route route, LocalDate routeSince, LocalDate restEnd, LocalDate nextCareReview, String handedOverTo,
		List<RoutePeriod> routePeriods, List<HistoryEntry> entries) {

	public boolean inKp4() {
		return this.route != null;
	}

}
