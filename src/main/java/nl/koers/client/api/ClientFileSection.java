package nl.koers.client.api;

import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

/**
 * A section another module adds to the client file, without the client module knowing
 * that module: a tab of the file. Each section is a page of its own address, which checks
 * access and writes the access log like any other page, and shows the file's tabs with
 * its own selected ({@code client/tabs :: header}).
 */
public interface ClientFileSection {

	/**
	 * The order on the page; lower comes first.
	 */
	int order();

	/**
	 * The message key of the section's heading.
	 */
	String titleKey();

	/**
	 * The address of the section's content for this client; also a full page of its own.
	 */
	String path(UUID clientId);

	/**
	 * Whether the user sees this section as a tab of the file: the same right its page
	 * asks; the page itself checks again.
	 */
	default boolean visibleTo(CurrentUser user) {
		return true;
	}

}
