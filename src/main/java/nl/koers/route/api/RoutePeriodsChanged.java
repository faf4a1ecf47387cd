package nl.koers.route.api;

import java.util.List;
import java.util.UUID;

/**
 * A client's route periods changed, possibly in the past (a back-dated change or a
 * correction). Published inside the transaction that made the change, so that reporting
 * tables stay consistent with the history.
 *
 * @param clientId the client
 * @param municipalityId the client's municipality
 * @param before the periods as known before the change
 * @param after the periods as known now
 */
public record RoutePeriodsChanged(UUID clientId, UUID municipalityId, List<RoutePeriod> before,
		List<RoutePeriod> after) {
}
