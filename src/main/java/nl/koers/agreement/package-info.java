/**
 * Agreements made with the client, optionally tied to a cost-bearing provision or a
 * trajectory, with appended outcomes; a broken one is published as
 * {@link nl.koers.agreement.api.AgreementBroken}. Uses the client gate and client file
 * SPIs of {@code client}, the user and roles of {@code identity}, and the form flow of
 * {@code system.web}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client :: api", "identity :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.agreement;
