package nl.koers.route.api;

import java.util.List;
import java.util.UUID;

/**
 * A client's route periods changed, possibly in the past (a back-dated change or a
 * correction). Published in the transaction that made the change and kept in the event
 * publication registry, so that listeners (the report counts, exemptions) follow every
 * change, also when one of them has to be retried.
 *
 * @param clientId the client
 * @param municipalityId the client's municipality
 * @param before the periods as known before the change
 * @param after the periods as known now
 */
public record RoutePeriodsChanged(UUID clientId, UUID municipalityId, List<RoutePeriod> before,
		List<RoutePeriod> after) {
}
