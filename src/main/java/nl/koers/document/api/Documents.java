package nl.koers.document.api;

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

}
