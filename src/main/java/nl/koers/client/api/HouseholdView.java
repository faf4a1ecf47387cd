package nl.koers.client.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's household as the client file and the API show it.
 *
 * @param id the household
 * @param version the version to send back with a change of the members
 * @param membersRecorded whether the members were ever recorded; until then the household
 * is described only by the client's household type and number of children
 * @param clients the clients of the municipality who belong to the household, first
 * client first
 * @param members the other people of the household, as recorded
 * @param householdType the composition, derived from the members once recorded
 * @param children the number of children among the members once recorded
 */
public record HouseholdView(UUID id, long version, boolean membersRecorded, List<HouseholdClient> clients,
		List<MemberView> members, HouseholdType householdType, Integer children) {

	/**
	 * A client who belongs to the household.
	 */
	public record HouseholdClient(UUID id, String displayName) {
	}

	/**
	 * A member of the household; {@code clientId} is set when the member is a client of
	 * the same municipality.
	 */
	public record MemberView(HouseholdRelation relation, String givenName, String namePrefix, String familyName,
			String displayName, LocalDate dateOfBirth, String bsn, UUID clientId) {
	}

}
