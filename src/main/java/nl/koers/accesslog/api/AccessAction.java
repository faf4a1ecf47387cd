package nl.koers.accesslog.api;

/**
 * What was done with a client's data. {@code BRP_LOOKUP}: a person's data was asked from
 * the Basisregistratie Personen.
 */
public enum AccessAction {

	READ, LIST, SEARCH, CREATE, UPDATE, EXPORT, BRP_LOOKUP, IMPORT

}
