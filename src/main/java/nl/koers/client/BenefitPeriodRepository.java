package nl.koers.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitPeriodRepository extends JpaRepository<BenefitPeriod, UUID> {

	List<BenefitPeriod> findByClientIdOrderByStartDateDesc(UUID clientId);

	Optional<BenefitPeriod> findByIdAndClientId(UUID id, UUID clientId);

}
