package nl.koers.letter;

import nl.koers.identity.api.CurrentUser;
import nl.koers.identity.api.Permission;
import nl.koers.identity.api.Role;

import org.springframework.stereotype.Component;

/**
 * Who may change how the letters of their own municipality look and read: only its
 * administrators. Writing a letter for a client is decided by the module that asks for it
 * and by the client gate and the document policy.
 */
@Component("letterPolicy")
class LetterPolicy {

	static final Permission SETTINGS = Permission.of("edit the municipality's letter settings", Role.ADMINISTRATOR);

	/**
	 * Whether the user edits the letter settings (the page and the navigation).
	 */
	public boolean mayEditSettings(CurrentUser user) {
		return SETTINGS.allows(user);
	}

	void requireEditSettings(CurrentUser user) {
		SETTINGS.require(user);
	}

}
