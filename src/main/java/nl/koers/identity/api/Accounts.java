package nl.koers.identity.api;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

/**
 * Setting up municipalities, organisations and user accounts, for the modules that do so
 * inside their own checked step (the social map adds an organisation) and for the demo
 * data and the tests. The administrators' own user pages stay inside {@code identity}.
 */
public interface Accounts {

	/**
	 * Creates a municipality with this code (such as {@code GM1960}) and name; returns
	 * its id.
	 */
	UUID createMunicipality(String code, String name);

	/**
	 * The id of the municipality with this code, if there is one.
	 */
	Optional<UUID> findMunicipality(String code);

	/**
	 * Creates an organisation whose staff log in to Koers, written at once because the
	 * social map refers to it in the same transaction; returns its id.
	 */
	UUID createOrganisation(UUID municipalityId, String name);

	/**
	 * Creates a user account with a hashed password; returns its id. A username that
	 * exists gives a conflict, an organisation that does not fit the roles an invalid
	 * field.
	 */
	UUID createUser(@Valid NewUser user);

	/**
	 * A user as they are now (roles, municipality, enabled), for work that continues in
	 * the background on their behalf, such as an import; empty when the user does not
	 * exist.
	 */
	Optional<CurrentUser> findUser(UUID id);

	/**
	 * A user by user name, as {@link #findUser(UUID)}: for the command line, where no one
	 * signed in.
	 */
	Optional<CurrentUser> findUser(String username);

}
