package nl.koers.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something an administrator did to a registered system, shown on its page. The actor is
 * empty when the system was set up without one (the demo data).
 */
@Entity
@Table(name = "api_system_event")
class ApiSystemEvent {

	enum Action {

		REGISTERED, ROTATED, REVOKED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID apiSystemId;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private Action action;

	private UUID actorId;

	private String actorName;

	protected ApiSystemEvent() {
	}

	ApiSystemEvent(UUID apiSystemId, Instant occurredAt, Action action, UUID actorId, String actorName) {
		this.apiSystemId = apiSystemId;
		this.occurredAt = occurredAt;
		this.action = action;
		this.actorId = actorId;
		this.actorName = actorName;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	Action getAction() {
		return this.action;
	}

	String getActorName() {
		return this.actorName;
	}

}
