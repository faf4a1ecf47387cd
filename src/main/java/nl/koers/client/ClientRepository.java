package nl.koers.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, UUID> {

	Optional<Client> findByIdAndMunicipalityId(UUID id, UUID municipalityId);

	boolean existsByMunicipalityIdAndBsn(UUID municipalityId, String bsn);

	Optional<Client> findByMunicipalityIdAndBsn(UUID municipalityId, String bsn);

	boolean existsByMunicipalityIdAndBsnAndIdNot(UUID municipalityId, String bsn, UUID id);

	@Query("select c.id from Client c where c.municipalityId = :municipalityId and c.caseLeadId = :caseLeadId")
	List<UUID> findIdsByMunicipalityIdAndCaseLeadId(UUID municipalityId, UUID caseLeadId);

}
