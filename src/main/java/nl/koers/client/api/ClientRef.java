package nl.koers.client.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The few facts about a client that other modules need to apply their own rules, after
 * {@link ClientAccess} has checked that the caller may see the client.
 *
 * @param id the client
 * @param municipalityId the client's municipality
 * @param displayName the name to show
 * @param dateOfBirth the date of birth
 * @param benefitStartDate the day the benefit started
 * @param caseLeadId the fixed consultant, if any
 */
public record ClientRef(UUID id, UUID municipalityId, String displayName, LocalDate dateOfBirth,
		LocalDate benefitStartDate, UUID caseLeadId) {
}
