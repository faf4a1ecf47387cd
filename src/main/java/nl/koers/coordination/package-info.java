/**
 * The care coordination point: advice requests from consultants (optionally about a
 * client) and general questions from institutions, answered by a coordinator; signals of
 * possible psychiatric or addiction problems with their follow-up; the coordinator's home
 * page with open work, stale social map entries and the referral counts per organisation.
 * Anything about a client passes {@link nl.koers.client.api.ClientAccess}. Other modules
 * use its door {@link nl.koers.coordination.api}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "client :: api", "identity :: api",
		"referral :: api", "socialmap :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.coordination;
