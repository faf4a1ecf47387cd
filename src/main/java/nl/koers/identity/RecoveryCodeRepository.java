package nl.koers.identity;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, RecoveryCode.Key> {

	/**
	 * Marks the code used if it is the user's and unused; answers how many it marked (0
	 * or 1), so that a code works once even with two requests at the same time.
	 */
	@Modifying
	@Query("update RecoveryCode c set c.usedAt = :now where c.userId = :userId and c.codeHash = :codeHash "
			+ "and c.usedAt is null")
	int use(UUID userId, String codeHash, Instant now);

	@Modifying
	@Query("delete from RecoveryCode c where c.userId = :userId")
	void deleteByUser(UUID userId);

}
