/**
 * Management information without personal data: the reference-date route report (API,
 * page with chart, CSV) over its own count tables, which {@code RouteCountDeltas} keeps
 * in step with {@code route.api.RoutePeriodsChanged}, who left KP4 in a period (by
 * outflow reason, handover, profile decision) from {@code route.api.Routes#exits}, and
 * households counted from {@code route.api.Routes} and {@code client.api.Households}.
 * Other modules use nothing of it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "budget :: api", "client :: api",
		"contract :: api", "conversation :: api", "coordination :: api", "identity :: api", "referral :: api",
		"route :: api", "privacy :: api", "system", "system :: web", "task :: api", "trajectory :: api" })
package nl.koers.reporting;
