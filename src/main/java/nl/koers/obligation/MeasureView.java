package nl.koers.obligation;

import java.time.Instant;
import java.util.UUID;

/**
 * A measure with the facts that backed it and the coordinator's decision.
 */
record MeasureView(UUID id, UUID clientId, MeasureGround ground, String justification, String backing, UUID agreementId,
		MeasureStatus status, String proposedByName, Instant proposedAt, String decidedByName, Instant decidedAt,
		String decisionNote) {
}
