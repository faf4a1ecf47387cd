package nl.koers.client.api;

import java.util.Map;
import java.util.UUID;

/**
 * Who leads which client, for management information that counts per case lead (the work
 * report in {@code reporting}). Takes no user: the calling module has checked its own
 * access rules; it gives ids only, so nothing is logged.
 */
public interface CaseLeads {

	/**
	 * The case lead of every client of the municipality that has one, by client id; one
	 * index-only scan of {@code client_caseload_idx}.
	 */
	Map<UUID, UUID> caseLeadsOf(UUID municipalityId);

}
