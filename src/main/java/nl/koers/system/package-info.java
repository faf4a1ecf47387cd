/**
 * Shared building blocks every module may use: the exceptions that become 400, 404, 409,
 * 422 and 503, keyset paging ({@link nl.koers.system.Cursor},
 * {@link nl.koers.system.CursorPage}), SQL row readers, {@link nl.koers.system.Open}, and
 * how modules react to each other's events ({@code ModuleEvents}). Its sub-package
 * {@code system.web} (security, error handling, the form flow) is a named interface of
 * its own; {@code system.embeddeddb} is internal. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.koers.system;
