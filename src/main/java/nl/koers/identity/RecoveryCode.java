package nl.koers.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A one-time code that stands in for the authenticator app, stored hashed.
 */
@Entity
@Table(name = "recovery_code")
@IdClass(RecoveryCode.Key.class)
class RecoveryCode {

	@Id
	private UUID userId;

	@Id
	private String codeHash;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(UUID userId, String codeHash) {
		this.userId = userId;
		this.codeHash = codeHash;
	}

	record Key(UUID userId, String codeHash) implements Serializable {
	}

}
