package nl.koers.client.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the income administration's file describes them, checked by the import: the
 * details Koers keeps, the benefit periods as that administration knows them, and, when
 * no benefit runs, the group of people without social-assistance benefit they belong to.
 */
public record ImportedPerson(String bsn, String givenName, String namePrefix, String familyName, LocalDate dateOfBirth,
		String street, String houseNumber, String postalCode, String city, List<ImportedBenefit> benefits,
		NonBenefitGroup withoutBenefit) {

	/**
	 * One benefit period: open without an end, otherwise ended with its reason.
	 */
	public record ImportedBenefit(BenefitKind kind, LocalDate start, LocalDate end, BenefitEndReason endReason) {
	}

}
