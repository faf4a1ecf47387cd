package nl.koers.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's TOTP secret: offered at enrolment, in force once its first code is confirmed.
 * Remembers the last time step used, so that a code is accepted at most once.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

	@Id
	private UUID userId;

	private String secret;

	private Instant enrolledAt;

	private long lastUsedStep;

	protected SecondFactor() {
	}

	SecondFactor(UUID userId, String secret) {
		this.userId = userId;
		this.secret = secret;
	}

	boolean isEnrolled() {
		return this.enrolledAt != null;
	}

	String secret() {
		return this.secret;
	}

	long lastUsedStep() {
		return this.lastUsedStep;
	}

	void enrol(Instant now, long step) {
		this.enrolledAt = now;
		this.lastUsedStep = step;
	}

	void used(long step) {
		this.lastUsedStep = step;
	}

}
