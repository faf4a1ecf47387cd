package nl.koers.identity;

/**
 * The user names of the accounts registered systems act through: a colon, which no
 * person's user name may contain, keeps them apart from people's.
 */
final class SystemAccounts {

	private static final String PREFIX = "systeem:";

	private SystemAccounts() {
	}

	static String username(String clientId) {
		return PREFIX + clientId;
	}

}
