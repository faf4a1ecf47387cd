/**
 * The door of {@code goal}: the {@link nl.koers.goal.api.Goals} service, its commands and
 * what it returns.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.goal.api;
