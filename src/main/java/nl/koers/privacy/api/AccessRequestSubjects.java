package nl.koers.privacy.api;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

/**
 * The client an access request (AVG article 15) is about. A service provider interface:
 * {@code privacy} owns it and {@code client} implements it, so {@code privacy} does not
 * depend on the client module.
 */
public interface AccessRequestSubjects {

	/**
	 * The client, read through the client gate (not found when the user may not see them)
	 * in the caller's transaction, with the export recorded in the access log (action
	 * {@code EXPORT}, purpose: an access request).
	 */
	AccessRequestSubject export(CurrentUser user, UUID clientId);

	/**
	 * The client's name, for the page that offers the export: read through the client
	 * gate (not found when the user may not see them) and logged as a read.
	 */
	String name(CurrentUser user, UUID clientId);

}
