package nl.koers.identity;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The identity provider's user behind a Koers account that signs in with single sign-on.
 */
@Entity
@Table(name = "external_identity")
class ExternalIdentity {

	@Id
	private UUID userId;

	private String registrationId;

	private String issuer;

	private String subject;

	protected ExternalIdentity() {
	}

	ExternalIdentity(UUID userId, String registrationId, String issuer, String subject) {
		this.userId = userId;
		this.registrationId = registrationId;
		this.issuer = issuer;
		this.subject = subject;
	}

	UUID getUserId() {
		return this.userId;
	}

}
