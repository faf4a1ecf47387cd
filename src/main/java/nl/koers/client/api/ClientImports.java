package nl.koers.client.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.identity.api.CurrentUser;
import nl.koers.system.RefusedException;

/**
 * The client module's door for the import from the income administration, called by
 * {@code dataimport} for one batch of rows inside its own checked step (only a
 * municipality's administrator or its system imports). Writes go to the importer's
 * municipality only.
 */
public interface ClientImports {

	/**
	 * The clients of the municipality with these BSNs.
	 */
	Map<String, ClientRef> byBsn(UUID municipalityId, Collection<String> bsns);

	/**
	 * Registers new clients with their benefit periods, in one batch; the result is in
	 * the order of the persons. A benefit that ended before the client came to Koers
	 * publishes nothing: the import gives the route its outflow with the client's first
	 * profile.
	 */
	List<ClientRef> register(CurrentUser importer, List<ImportedPerson> persons);

	/**
	 * Brings an existing client in line with the file: the details as the file has them;
	 * a benefit period Koers does not know yet is added, a running one the file says has
	 * ended is ended ({@link BenefitEnded}); a period Koers knows and the file leaves out
	 * is kept. Refused, with nothing written, when the file's periods do not fit Koers's
	 * (an overlap, an end in the future).
	 */
	Optional<RefusedException.Reason> update(CurrentUser importer, ClientRef client, ImportedPerson person);

	/**
	 * Records the client's household members as the file has them (a member whose BSN is
	 * a client of the municipality is that client, as on the client file). Refused, with
	 * nothing written, as a change by hand would be (a member twice, a client who shares
	 * another household).
	 */
	Optional<RefusedException.Reason> replaceHousehold(CurrentUser importer, ClientRef client,
			List<HouseholdMember> members);

	/**
	 * Records the households of clients this batch registered, in a few statements: their
	 * members as the file has them. A client whose members name another client of the
	 * municipality goes through {@link #replaceHousehold} instead (the two share a
	 * household); the result names the clients refused there, with the reason.
	 */
	Map<UUID, RefusedException.Reason> registerHouseholds(CurrentUser importer,
			Map<ClientRef, List<HouseholdMember>> households);

}
