package nl.koers.route.api;

import java.time.LocalDate;

import nl.koers.client.api.ClientRef;

/**
 * The profile an import says a client has, and since when.
 */
public record ImportedProfile(ClientRef client, ClientProfile profile, LocalDate effectiveDate) {
}
