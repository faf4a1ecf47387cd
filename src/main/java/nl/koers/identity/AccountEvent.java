package nl.koers.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something an administrator did to an account, shown on the user's page.
 */
@Entity
@Table(name = "account_event")
class AccountEvent {

	enum Kind {

		SECOND_FACTOR_RESET, THROTTLE_LIFTED, SESSIONS_ENDED

	}

	@Id
	private UUID id;

	private UUID userId;

	private UUID actorId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Instant occurredAt;

	protected AccountEvent() {
	}

	AccountEvent(UUID userId, UUID actorId, Kind kind, Instant occurredAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.actorId = actorId;
		this.kind = kind;
		this.occurredAt = occurredAt;
	}

	UUID actorId() {
		return this.actorId;
	}

	Kind kind() {
		return this.kind;
	}

	Instant occurredAt() {
		return this.occurredAt;
	}

}
