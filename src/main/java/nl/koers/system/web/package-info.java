/**
 * Security, error handling, layout and the one form flow of every page
 * ({@link nl.koers.system.web.FormFlow}, {@link nl.koers.system.web.ReasonTexts}).
 * Modules use the form flow and the reason texts; the rest is internal to {@code system}.
 */
@org.springframework.modulith.NamedInterface("web")
package nl.koers.system.web;
