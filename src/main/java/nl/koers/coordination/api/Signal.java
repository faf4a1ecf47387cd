package nl.koers.coordination.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signal about a client with its follow-ups, oldest first.
 */
public record Signal(UUID id, UUID clientId, String clientName, SignalKind kind, String observation,
		LocalDate observedOn, SignalStatus status, String raisedByName, Instant raisedAt, List<FollowUp> followUps) {

	/**
	 * The signal with the client's name, once the client gate allowed it, and its
	 * follow-ups.
	 */
	public Signal with(String name, List<FollowUp> history) {
		return new Signal(this.id, this.clientId, name, this.kind, this.observation, this.observedOn, this.status,
				this.raisedByName, this.raisedAt, history);
	}

	public boolean open() {
		return this.status != SignalStatus.CLOSED;
	}

}
