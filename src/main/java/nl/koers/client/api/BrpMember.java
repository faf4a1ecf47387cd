package nl.koers.client.api;

import java.time.LocalDate;

/**
 * A partner or child of a person as the BRP records them: the BSN, name and date of birth
 * where the BRP gives them (null otherwise), so that the household can be saved from
 * them.
 */
public record BrpMember(BrpRelation relation, String bsn, String givenName, String namePrefix, String familyName,
		LocalDate dateOfBirth) {
}
