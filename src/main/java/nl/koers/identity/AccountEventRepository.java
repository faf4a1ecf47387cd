package nl.koers.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountEventRepository extends JpaRepository<AccountEvent, UUID> {

	List<AccountEvent> findByUserIdOrderByOccurredAtDesc(UUID userId);

}
