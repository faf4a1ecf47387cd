package nl.koers.document.api;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document with its content, checked against its checksum.
 */
public record DocumentFile(DocumentView document, byte[] content) {

	/**
	 * The document as a download: its own type, its sanitised name, never shown inline,
	 * never cached.
	 */
	public ResponseEntity<byte[]> asDownload() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.document.fileName()).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(this.content);
	}

}
