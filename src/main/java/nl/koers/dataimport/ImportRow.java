package nl.koers.dataimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;

import nl.koers.client.api.HouseholdRelation;
import nl.koers.client.api.BenefitEndReason;
import nl.koers.route.api.ClientProfile;

/**
 * One person of an import file, checked: what the income administration says about the
 * person, their benefit and their household.
 */
record ImportRow(long line, String bsn, String givenName, String namePrefix, String familyName, LocalDate dateOfBirth,
		Address address, List<Benefit> benefits, Profile profile, List<Member> household) {

	record Address(String street, String houseNumber, String postalCode, String city) {
	}

	record Benefit(BenefitCode kind, LocalDate start, LocalDate end, BenefitEndReason endReason) {
	}

	record Profile(ClientProfile profile, LocalDate effectiveDate) {
	}

	record Member(HouseholdRelation relation, String bsn, String givenName, String familyName, LocalDate dateOfBirth) {
	}

	/**
	 * A digest of everything the row says (not where it stands in the file): two rows
	 * with the same fingerprint change nothing the second time.
	 */
	byte[] fingerprint() {
		String canonical = List
			.of(this.bsn, this.givenName, String.valueOf(this.namePrefix), this.familyName, this.dateOfBirth,
					this.address, this.benefits, String.valueOf(this.profile), this.household)
			.toString();
		try {
			return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
