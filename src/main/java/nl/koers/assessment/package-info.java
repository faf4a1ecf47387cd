/**
 * Assessments of a client's life domains (a score of 1 to 5 per domain, notes, summary)
 * with instruments and their domains as data; the assessments page with the chart and the
 * form; the client file section and timeline entries. Other modules use the door
 * {@code assessment.api}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client :: api", "identity :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.assessment;
