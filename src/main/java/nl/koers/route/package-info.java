/**
 * Profile decisions and KP4 routes as an append-only history of events, replayed into
 * route periods ({@code RouteReplay}); reviews and their tasks; the route section of the
 * client file and the history API. Other modules use the door {@code route.api}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "client :: api", "identity :: api",
		"privacy :: api", "system", "system :: web", "task :: api" })
package nl.koers.route;
