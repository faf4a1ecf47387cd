package nl.koers.accesslog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the access log needs to know of clients to answer an access request: which client
 * a BSN belongs to, and their names. The client module provides it, so the access log
 * does not depend on it.
 */
public interface ClientDirectory {

	Optional<UUID> findByBsn(UUID municipalityId, String bsn);

	Map<UUID, String> names(UUID municipalityId, Collection<UUID> clientIds);

}
