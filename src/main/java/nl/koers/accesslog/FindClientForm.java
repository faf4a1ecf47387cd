package nl.koers.accesslog;

/**
 * An auditor looks up a client by BSN for an access request, in a POST body so that no
 * BSN appears in a URL.
 */
record FindClientForm(String bsn) {
}
