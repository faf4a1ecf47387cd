package nl.koers.client;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client as a line in a caseload or a search result.
 */
record ClientSummary(UUID id, String givenName, String namePrefix, String familyName, String displayName,
		LocalDate dateOfBirth, LocalDate benefitStartDate, UUID caseLeadId, String caseLeadName) {
}
