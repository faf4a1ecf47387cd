package nl.koers.client;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<Client, UUID> {

	Optional<Client> findByIdAndMunicipalityId(UUID id, UUID municipalityId);

	boolean existsByMunicipalityIdAndBsn(UUID municipalityId, String bsn);

	Optional<Client> findByMunicipalityIdAndBsn(UUID municipalityId, String bsn);

	boolean existsByMunicipalityIdAndBsnAndIdNot(UUID municipalityId, String bsn, UUID id);

}
