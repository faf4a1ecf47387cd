package nl.koers.client;

/**
 * A Dutch name as it is written: given name, prefix (tussenvoegsel) and family name.
 */
final class ClientName {

	private ClientName() {
	}

	static String of(String givenName, String namePrefix, String familyName) {
		return namePrefix == null ? givenName + " " + familyName : givenName + " " + namePrefix + " " + familyName;
	}

}
