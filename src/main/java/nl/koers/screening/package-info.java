/**
 * Screening campaigns: a selection of the KP4 clients on a date (through
 * {@code route.api.Routes}), an outcome per client, progress. Other modules use the door
 * {@code screening.api}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "client :: api", "identity :: api",
		"route :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.screening;
