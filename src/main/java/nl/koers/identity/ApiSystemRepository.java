package nl.koers.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiSystemRepository extends JpaRepository<ApiSystem, UUID> {

	Optional<ApiSystem> findByClientId(String clientId);

	Optional<ApiSystem> findByUserId(UUID userId);

	Optional<ApiSystem> findByIdAndMunicipalityId(UUID id, UUID municipalityId);

	List<ApiSystem> findByMunicipalityIdOrderByName(UUID municipalityId);

	boolean existsByClientId(String clientId);

}
