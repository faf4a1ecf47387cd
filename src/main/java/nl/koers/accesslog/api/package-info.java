/**
 * The door of {@code accesslog}: {@link AccessLog} (the service other modules call to
 * record an access), {@link AccessAction} and {@link AccessOutcome}, and the service
 * provider interface {@link ClientDirectory} that {@code client} implements.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.accesslog.api;
