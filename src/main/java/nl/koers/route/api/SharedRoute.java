package nl.koers.route.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's route as an institution may see it (the data category {@code ROUTE}): no
 * reasons, notes or authors.
 *
 * @param profile the client profile today, or {@code null} when none was decided
 * @param route the route today, or {@code null} when not on a KP4 route
 * @param routeSince the first day on that route
 * @param restEnd the end of the rest period, on the route {@link Route#REST}
 * @param periods the route periods, oldest first
 */
public record SharedRoute(ClientProfile profile, Route route, LocalDate routeSince, LocalDate restEnd,
		List<RoutePeriod> periods) {
}
