/**
 * Data in from the income administration: a file of persons with their benefit periods,
 * household and profile (CSV or JSON lines) is checked row by row in a dry run, then
 * applied in batches by a restartable Spring Batch job, so that the same file imported
 * twice changes nothing. Only a municipality's administrator (or a system with the
 * {@code imports} scope) imports, and every import is in the access log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "client :: api", "route :: api",
		"identity :: api", "accesslog :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.dataimport;
