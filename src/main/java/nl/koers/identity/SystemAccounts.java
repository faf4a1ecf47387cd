package nl.koers.identity;

/**
 * The user names of the accounts registered systems act through: a colon, which no user
 * name made by an administrator may contain, keeps them apart from people's; single
 * sign-on names its users {@code <registration>:<id>} and may not use this registration
 * id.
 */
final class SystemAccounts {

	static final String NAMESPACE = "systeem";

	private static final String PREFIX = NAMESPACE + ":";

	private SystemAccounts() {
	}

	static String username(String clientId) {
		return PREFIX + clientId;
	}

}
