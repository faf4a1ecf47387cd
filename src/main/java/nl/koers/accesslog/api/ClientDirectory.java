package nl.koers.accesslog.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the access log needs to know of clients to answer an access request: which client
 * a BSN belongs to, and their names. A service provider interface: {@code accesslog} owns
 * it and {@code client} implements it, so the access log does not depend on the client
 * module.
 */
public interface ClientDirectory {

	/**
	 * The client of this municipality with this BSN, if there is one.
	 */
	Optional<UUID> findByBsn(UUID municipalityId, String bsn);

	/**
	 * The names to show of these clients, by id; clients of other municipalities and
	 * unknown ids are left out.
	 */
	Map<UUID, String> names(UUID municipalityId, Collection<UUID> clientIds);

}
