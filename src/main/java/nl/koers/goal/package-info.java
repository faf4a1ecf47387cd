/**
 * The client's own goals in their words, with category, dated progress notes and a kept
 * status history. Uses the client gate and client file SPIs of {@code client}, the user
 * and roles of {@code identity}, and the form flow of {@code system.web}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client :: api", "identity :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.goal;
