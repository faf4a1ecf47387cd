package nl.koers.document;

import nl.koers.document.DocumentService.DocumentContent;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document as a download: its own type, its sanitised name, never shown inline, never
 * cached.
 */
final class DocumentDownload {

	private DocumentDownload() {
	}

	static ResponseEntity<byte[]> of(DocumentContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.document().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content.document().fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content.content());
	}

}
