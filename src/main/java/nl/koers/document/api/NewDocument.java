package nl.koers.document.api;

/**
 * A document to file: its title, the name it came with and its content. The type is taken
 * from the content.
 */
public record NewDocument(DocumentKind kind, String title, String fileName, byte[] content) {
}
