package nl.koers.route;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RouteEventRepository extends JpaRepository<RouteEvent, UUID> {

	List<RouteEvent> findByClientIdOrderByEffectiveDateAscRecordedAtAsc(UUID clientId);

	Optional<RouteEvent> findByIdAndClientId(UUID id, UUID clientId);

}
