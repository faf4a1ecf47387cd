package nl.koers.document.api;

import java.util.List;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

/**
 * Files documents in a client file, with the same checks as an upload: the user may
 * record for the client, the content is a PDF, JPEG or PNG within the size limit.
 */
public interface Documents {

	DocumentView file(CurrentUser user, UUID clientId, NewDocument document);

	/**
	 * A document's content, through the same access rules as the client file; logs a
	 * read.
	 */
	byte[] content(CurrentUser user, UUID documentId);

	/**
	 * The documents added to the client's file that an institution worker may see: only
	 * when the client's consent and a data-sharing agreement allow the category
	 * {@code DOCUMENTS} for the worker's organisation now (else not found); the
	 * municipality's own letters are never shared. Logs a read.
	 */
	List<DocumentView> shared(CurrentUser worker, UUID clientId);

	/**
	 * One of those documents with its content, under the same rules; logs a read.
	 */
	DocumentFile sharedFile(CurrentUser worker, UUID clientId, UUID documentId);

}
