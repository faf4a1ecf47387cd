package nl.koers.privacy;

import java.time.Instant;
import java.util.List;

import nl.koers.privacy.api.AccessRequestSubject;

/**
 * Everything Koers holds about one client, for their access request (AVG article 15):
 * every module's tables (one section per table), who read the file and with whom it was
 * shared.
 *
 * @param subject the client
 * @param municipality the municipality's name
 * @param madeAt when the export was made
 * @param madeBy who made it
 * @param sections the data, one section per table, then the sharing sections
 */
record AccessRequest(AccessRequestSubject subject, String municipality, Instant madeAt, String madeBy,
		List<AccessRequestSection> sections) {

}
