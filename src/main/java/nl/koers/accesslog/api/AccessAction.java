package nl.koers.accesslog.api;

/**
 * What was done with a client's data.
 */
public enum AccessAction {

	READ, LIST, SEARCH, CREATE, UPDATE, EXPORT

}
