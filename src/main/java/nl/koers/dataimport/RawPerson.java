package nl.koers.dataimport;

import java.util.List;

/**
 * One person of an import file as written, every value still text: a CSV row and a JSON
 * line are read into this before one set of rules checks them.
 */
record RawPerson(long line, String bsn, String givenName, String namePrefix, String familyName, String dateOfBirth,
		String street, String houseNumber, String postalCode, String city, List<Benefit> benefits, String profile,
		String profileDate, List<Member> household, boolean unreadable) {

	/**
	 * A line that could not be read as a person at all (not a JSON object).
	 */
	static RawPerson unreadable(long line) {
		return new RawPerson(line, null, null, null, null, null, null, null, null, null, List.of(), null, null,
				List.of(), true);
	}

	record Benefit(String kind, String start, String end, String endReason) {
	}

	record Member(String relation, String bsn, String givenName, String familyName, String dateOfBirth) {
	}

}
