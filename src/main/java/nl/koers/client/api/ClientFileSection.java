package nl.koers.client.api;

import java.util.UUID;

/**
 * A section another module adds to the client file, without the client module knowing
 * that module. The file page loads each section from its own address, which checks access
 * and writes the access log like any other page.
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

}
