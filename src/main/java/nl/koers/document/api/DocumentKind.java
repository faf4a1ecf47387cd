package nl.koers.document.api;

/**
 * Where a document in the client file came from.
 */
public enum DocumentKind {

	/**
	 * Uploaded by a user: a statement, a signed plan, a letter the client brought.
	 */
	UPLOAD,

	/**
	 * A letter Koers wrote, such as a decision on a measure.
	 */
	LETTER

}
