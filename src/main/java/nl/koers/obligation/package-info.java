/**
 * Exemptions from the job-application duty (following the KP4 periods of {@code route},
 * confirmed by the case lead, or recorded by hand) and measures on the two allowed
 * grounds, checked by named rules against facts copied from the events of
 * {@code conversation} and {@code agreement}, approved by a second person; measures per
 * year. Has no door: no other module uses it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "agreement :: api", "client :: api", "conversation :: api", "document :: api",
				"identity :: api", "letter :: api", "route :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.obligation;
