package nl.koers.identity;

import java.util.UUID;

/**
 * A system's new secret, shown once to the administrator and never stored as such.
 */
record IssuedSecret(UUID systemId, String clientId, String secret) {
}
