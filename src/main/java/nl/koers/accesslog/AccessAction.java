package nl.koers.accesslog;

/**
 * What was done with a client's data.
 */
public enum AccessAction {

	READ, LIST, SEARCH, CREATE, UPDATE, EXPORT

}
