package nl.koers.coordination.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A question to the coordination point with, once given, its answer; the client's name
 * only after {@link nl.koers.client.api.ClientAccess} allowed it.
 */
public record AdviceRequest(UUID id, AdviceOrigin origin, UUID clientId, String clientName, String question,
		String askedByName, Instant askedAt, AdviceStatus status, String answer, String answeredByName,
		Instant answeredAt) {

	/**
	 * The request with the client's name, once the client gate allowed it.
	 */
	public AdviceRequest named(String name) {
		return new AdviceRequest(this.id, this.origin, this.clientId, name, this.question, this.askedByName,
				this.askedAt, this.status, this.answer, this.answeredByName, this.answeredAt);
	}

}
