package nl.koers.letter;

/**
 * Who writes a municipality's letters, where a client objects and whom they call (none
 * when {@code contactPhone} is null).
 */
record Letterhead(String municipality, String department, String signatoryName, String signatoryTitle,
		String objectionAddress, String contactPhone) {

	static Letterhead standard(String municipality) {
		return new Letterhead(municipality, "Sociaal Domein, team Participatie", "De teamleider Participatie",
				"Burgemeester en wethouders van " + municipality + ", namens dezen,",
				"het college van burgemeester en wethouders van " + municipality, null);
	}

}
