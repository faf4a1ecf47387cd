package nl.koers.privacy.api;

/**
 * What retention does with a table's rows of a client whose period has passed.
 */
public enum Erasure {

	/** The rows are removed. */
	DELETE,

	/**
	 * The rows stay (reports count them) with the personal columns
	 * ({@link ClientTable#clearedColumns()}) set to null.
	 */
	ANONYMISE,

	/**
	 * The rows stay as they are: they hold nothing but the client's id (counted by
	 * reports), or follow a period of their own, like the access log.
	 */
	KEEP

}
