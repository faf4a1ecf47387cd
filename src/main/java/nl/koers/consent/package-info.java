/**
 * Consent and data sharing: the coordinator records data-sharing agreements with
 * organisations of the social map, the case lead the client's consents; only the
 * categories both allow on a day may be shared, and a withdrawn consent stops sharing at
 * once. Other modules use its door {@link nl.koers.consent.api}; anything about a client
 * passes {@code client.ClientAccess}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "client :: api", "identity :: api",
		"socialmap :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.consent;
