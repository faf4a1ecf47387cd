package nl.koers.agreement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An agreement with every recorded outcome, oldest first; the latest one counts.
 */
public record AgreementView(UUID id, UUID clientId, String description, LocalDate madeOn, String provision,
		boolean costBearing, UUID trajectoryId, String authorName, Instant recordedAt, List<OutcomeRecord> outcomes) {

	/**
	 * The outcome that counts, or {@code null} while none is recorded.
	 */
	@JsonProperty
	public OutcomeRecord outcome() {
		return this.outcomes.isEmpty() ? null : this.outcomes.get(this.outcomes.size() - 1);
	}

	/**
	 * Whether breaking the agreement touches money or a trajectory: a ground for a
	 * measure.
	 */
	@JsonProperty
	public boolean tiedToProvision() {
		return this.costBearing || this.trajectoryId != null;
	}

}
