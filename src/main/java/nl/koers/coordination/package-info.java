/**
 * The care coordination point: advice requests from consultants (optionally about a
 * client) and general questions from institutions, answered by a coordinator; signals of
 * possible psychiatric or addiction problems with their follow-up; the coordinator's home
 * page with open work and stale social map entries. Anything about a client passes
 * {@link nl.koers.client.api.ClientAccess}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client", "identity", "identity :: api", "system", "socialmap", "referral" })
package nl.koers.coordination;
