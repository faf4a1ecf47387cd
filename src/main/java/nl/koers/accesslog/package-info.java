/**
 * The append-only access log: every module that reads or changes a client's data writes
 * it through {@link nl.koers.accesslog.api.AccessLog} before the data leaves Koers; the
 * auditors' pages and API read it, guarded by {@code AccessLogPolicy}. What the log needs
 * to know of clients comes through the service provider interface
 * {@link nl.koers.accesslog.api.ClientDirectory}, which {@code client} implements, so the
 * access log depends on no module that depends on it.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "identity :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.accesslog;
