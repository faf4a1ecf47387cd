package nl.koers.client.api;

import java.util.Optional;

import nl.koers.identity.api.CurrentUser;

/**
 * A part another module adds to the summary the client file opens on (the route, the next
 * appointment, open tasks, …), without the client module knowing that module. The file
 * has checked access to the client and logged the read when it asks; a part checks its
 * own module's rights with the same policy as its section and answers empty when the
 * reader may not see it. A part reads with at most a query or two, never per item.
 */
public interface ClientFileSummaryPart {

	/**
	 * The order on the summary; lower comes first.
	 */
	int order();

	/**
	 * What the part shows of this client, empty when the user may not see it.
	 */
	Optional<SummaryPartView> summarize(CurrentUser user, ClientRef client);

}
