package nl.koers.client.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the Basisregistratie Personen (BRP) knows them, to fill the registration
 * form: name, date of birth and address (each null when the BRP gives none or only part
 * of a date), and the household members it records.
 */
public record BrpPerson(String bsn, String givenName, String namePrefix, String familyName, LocalDate dateOfBirth,
		String street, String houseNumber, String postalCode, String city, List<BrpMember> members) {

	public BrpPerson {
		members = List.copyOf(members);
	}

}
