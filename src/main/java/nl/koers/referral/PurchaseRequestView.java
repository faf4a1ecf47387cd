package nl.koers.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A purchase request. The client's name is shown only to those who may see the client.
 */
record PurchaseRequestView(UUID id, String what, String why, BigDecimal estimatedCost, UUID clientId, String clientName,
		PurchaseStatus status, String requestedByName, Instant requestedAt, String decidedByName, Instant decidedAt,
		String decisionNote) {

	PurchaseRequestView withClientName(String name) {
		return new PurchaseRequestView(this.id, this.what, this.why, this.estimatedCost, this.clientId, name,
				this.status, this.requestedByName, this.requestedAt, this.decidedByName, this.decidedAt,
				this.decisionNote);
	}

}
