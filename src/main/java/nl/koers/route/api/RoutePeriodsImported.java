package nl.koers.route.api;

import java.util.List;
import java.util.UUID;

/**
 * The route periods an import gave clients who had no route history, as one event per
 * batch (instead of one {@link RoutePeriodsChanged} per client), so that listeners can
 * keep up with thousands of clients at once; each change means what a
 * {@link RoutePeriodsChanged} means.
 *
 * @param municipalityId the municipality of every client in it
 * @param changes the change of each client
 */
public record RoutePeriodsImported(UUID municipalityId, List<RoutePeriodsChanged> changes) {
}
