package nl.koers.letter;

import java.util.List;

/**
 * Who writes a municipality's letters: the municipality (its registered name, for the
 * law's texts) and its name as printed, the department with its address lines, phone
 * (none when null), e-mail and website, who signs, where a client objects, and the logo
 * (none when null).
 */
record Letterhead(String municipality, String printedName, String department, List<String> addressLines,
		String contactPhone, String email, String website, String signatoryName, String signatoryTitle,
		String objectionAddress, Logo logo) {

	Letterhead {
		addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
	}

	static Letterhead standard(String municipality) {
		return new Letterhead(municipality, "Gemeente " + municipality, "Sociaal Domein, team Participatie", List.of(),
				null, null, null, "De teamleider Participatie",
				"Burgemeester en wethouders van " + municipality + ", namens dezen,",
				"het college van burgemeester en wethouders van " + municipality, null);
	}

	/**
	 * The address lines as one text, a line each, for the settings form.
	 */
	String addressText() {
		return String.join("\n", this.addressLines);
	}

}
