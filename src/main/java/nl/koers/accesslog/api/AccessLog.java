package nl.koers.accesslog.api;

import java.util.Collection;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;

/**
 * Writes the access log. Every module that reads or changes a client's data calls it
 * before the data leaves Koers; when the entry cannot be written, it throws
 * ({@code ServiceUnavailableException}, 503) and the data is not returned.
 */
public interface AccessLog {

	/**
	 * Records a successful access to one client, in the caller's transaction: a change
	 * and its log entry are committed together or not at all.
	 */
	void record(CurrentUser user, AccessAction action, UUID clientId);

	/**
	 * Records a successful access to each of these clients, such as the results of a
	 * search or a list, in the caller's transaction: one entry per client, all written
	 * with one statement however many clients there are. Lists call this once, never
	 * {@link #record(CurrentUser, AccessAction, UUID)} per client.
	 */
	void record(CurrentUser user, AccessAction action, Collection<UUID> clientIds);

	/**
	 * Records a refused access in a transaction of its own, so that it stays when the
	 * refusal rolls back the caller's work.
	 */
	void recordDenied(CurrentUser user, AccessAction action, UUID clientId);

	/**
	 * Records a look-up of a person in a register outside Koers (the BRP) with the
	 * purpose it served, in the caller's transaction (or its own). The client is the one
	 * with that person's BSN, or null when the person is not a client (yet): the entry
	 * still says who looked up, when, why and from where.
	 */
	void recordLookup(CurrentUser user, AccessAction action, UUID clientId, String purpose);

}
