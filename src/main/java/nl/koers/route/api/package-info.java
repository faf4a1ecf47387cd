/**
 * The door of {@code route}: {@link nl.koers.route.api.Routes} with its commands
 * ({@code ProfileDecision}, {@code RouteChange}, {@code Review}, {@code Handover}) and
 * {@code HistoryEntry}, the enumerations {@code ClientProfile}, {@code Route},
 * {@code ReviewDecision} and {@code EventKind}, and the event
 * {@link nl.koers.route.api.RoutePeriodsChanged} with its {@code RoutePeriod}s.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.route.api;
