package nl.koers.document.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A document in a client file, without its content.
 */
public record DocumentView(UUID id, UUID clientId, DocumentKind kind, String title, String fileName, String mediaType,
		int sizeBytes, String sha256, String authorName, Instant recordedAt) {
}
