/**
 * The letters Koers writes to a client: decisions (beschikkingen) under the Awb and their
 * parts (facts, ground, the law's article, the right to object), rendered from Thymeleaf
 * to PDF with the municipality's letterhead and signatory, and filed in the client file
 * through {@code document}; the invitation for a conversation and the outreach letter
 * after a no-show; and the administrators' letter settings (letterhead, logo, the text
 * blocks of the letters as plain text within {@code LetterText}'s limits).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "client :: api", "document :: api", "identity :: api", "system", "system :: web" })
package nl.koers.letter;
