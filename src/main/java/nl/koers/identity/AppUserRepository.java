package nl.koers.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, UUID> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByUsername(String username);

	Optional<AppUser> findByIdAndMunicipalityId(UUID id, UUID municipalityId);

	List<AppUser> findByMunicipalityIdOrderByDisplayName(UUID municipalityId);

	List<AppUser> findByIdIn(Collection<UUID> ids);

	/**
	 * Ids and display names only, in one query: loading the users would read each one's
	 * roles with a query of its own.
	 */
	@Query("select u.id, u.displayName from AppUser u where u.id in :ids")
	List<Object[]> findDisplayNames(Collection<UUID> ids);

	List<AppUser> findByMunicipalityIdAndSystemAccountFalseOrderByDisplayName(UUID municipalityId);

	Optional<AppUser> findByIdAndMunicipalityIdAndSystemAccountFalse(UUID id, UUID municipalityId);

}
