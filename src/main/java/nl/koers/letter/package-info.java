/**
 * The letters Koers writes to a client: decisions (beschikkingen) under the Awb and their
 * parts (facts, ground, the law's article, the right to object), rendered from Thymeleaf
 * to PDF with the municipality's letterhead and signatory, and filed in the client file
 * through {@code document}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client :: api", "document :: api", "identity :: api", "system", "system :: web" })
package nl.koers.letter;
