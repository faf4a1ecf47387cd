/**
 * Documents in the client file: uploads checked by their content (PDF, JPEG, PNG), kept
 * in PostgreSQL with a checksum, read through the client gate and logged like any other
 * read; other modules file the letters they write through
 * {@link nl.koers.document.api.Documents}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client :: api", "identity :: api", "privacy :: api", "system", "system :: web" })
package nl.koers.document;
