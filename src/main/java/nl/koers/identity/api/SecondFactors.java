package nl.koers.identity.api;

import java.util.UUID;

/**
 * Setting up a TOTP second factor with a known secret, for the demo data and the tests;
 * users enrol themselves on their own page.
 */
public interface SecondFactors {

	/**
	 * Gives the user a second factor with this secret (base32, as authenticator apps take
	 * it), in force at once.
	 */
	void enrol(UUID userId, String secret);

}
