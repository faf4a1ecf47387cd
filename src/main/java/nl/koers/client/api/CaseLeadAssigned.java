package nl.koers.client.api;

import java.util.UUID;

/**
 * A client got a (new) case lead; work assigned to the previous one moves along.
 *
 * @param clientId the client
 * @param caseLeadId the new case lead
 */
public record CaseLeadAssigned(UUID clientId, UUID caseLeadId) {
}
