package nl.koers.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiSystemEventRepository extends JpaRepository<ApiSystemEvent, Long> {

	List<ApiSystemEvent> findByApiSystemIdOrderByOccurredAtDescIdDesc(UUID apiSystemId);

}
