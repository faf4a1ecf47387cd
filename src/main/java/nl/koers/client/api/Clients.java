package nl.koers.client.api;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.koers.identity.api.CurrentUser;

/**
 * Registering clients and assigning their case lead, for the demo data and the tests (the
 * client pages and API use the same service inside {@code client}). Every call checks
 * role and municipality and writes the access log before any data is returned.
 */
public interface Clients {

	/**
	 * Registers a client in the user's municipality. Without a case lead in the details,
	 * a consultant who registers becomes the case lead. A BSN that is already registered
	 * in the municipality gives a conflict; publishes {@link CaseLeadAssigned} when the
	 * client has a case lead.
	 */
	ClientView register(CurrentUser user, @Valid ClientDetails details);

	/**
	 * Assigns the client's case lead (a consultant of the municipality), checking the
	 * version when one is given; publishes {@link CaseLeadAssigned}.
	 */
	ClientView assignCaseLead(CurrentUser user, UUID id, UUID caseLeadId, Long version);

	/**
	 * The client with their details and address (for a letter); checks role and
	 * municipality and logs a read.
	 */
	ClientView get(CurrentUser user, UUID id);

}
