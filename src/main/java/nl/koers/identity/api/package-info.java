/**
 * The door of {@code identity}: the signed-in user, roles and permissions, and the
 * services other modules call.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.identity.api;
