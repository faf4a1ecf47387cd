package nl.koers.client.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's file as the API returns it and the file page shows it. The
 * {@code benefitStartDate} is the start of the benefit that runs now, {@code null}
 * without one; {@code withoutBenefit} marks a client registered without benefit (NUG,
 * Anw). Once the household's members are recorded, the household type and number of
 * children are derived from them.
 */
public record ClientView(UUID id, long version, String bsn, String givenName, String namePrefix, String familyName,
		String displayName, LocalDate dateOfBirth, LocalDate benefitStartDate, String street, String houseNumber,
		String postalCode, String city, String phone, String email, HouseholdType householdType, Integer children,
		CaseLead caseLead, Instant createdAt, Instant updatedAt, NonBenefitGroup withoutBenefit,
		HouseholdView household) {

	/**
	 * The client's fixed consultant.
	 */
	public record CaseLead(UUID id, String displayName) {
	}

}
