package nl.koers.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalIdentityRepository extends JpaRepository<ExternalIdentity, UUID> {

	Optional<ExternalIdentity> findByRegistrationIdAndIssuerAndSubject(String registrationId, String issuer,
			String subject);

}
