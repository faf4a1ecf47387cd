package nl.koers.identity;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, UUID> {

	/**
	 * The factor, locked until the transaction ends, so that two requests with the same
	 * code cannot both use it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from SecondFactor f where f.userId = :userId")
	Optional<SecondFactor> lock(UUID userId);

	@Query("select count(f) > 0 from SecondFactor f where f.userId = :userId and f.enrolledAt is not null")
	boolean isEnrolled(UUID userId);

}
