package nl.koers.identity.api;

import java.util.UUID;

import jakarta.validation.Valid;

/**
 * Setting up registered systems for the demo data and the tests; administrators register
 * systems on their own pages inside {@code identity}, where the secret is made for them.
 */
public interface ApiSystems {

	/**
	 * Registers a system with this secret (stored hashed); returns the id of the account
	 * it acts through. A client id that exists gives a conflict, a role or organisation
	 * that does not fit an invalid field.
	 */
	UUID createSystem(@Valid NewApiSystem system);

}
