/**
 * The coordination point's door: asking and answering advice requests
 * ({@link AdviceRequests}) and raising and following up signals ({@link Signals}), with
 * their commands and views; and {@link CoordinationFigures}, the coordination point's
 * work per month for reports.
 */
@org.springframework.modulith.NamedInterface("api")
package nl.koers.coordination.api;
