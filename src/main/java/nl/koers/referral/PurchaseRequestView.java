package nl.koers.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A purchase request. The client's name is shown only to those who may see the client;
 * the free text of a request for a client (why, the decision's note) only to them too.
 */
record PurchaseRequestView(UUID id, String what, String why, BigDecimal estimatedCost, UUID clientId, String clientName,
		PurchaseStatus status, String requestedByName, Instant requestedAt, String decidedByName, Instant decidedAt,
		String decisionNote) {

	PurchaseRequestView withClientName(String name) {
		return new PurchaseRequestView(this.id, this.what, this.why, this.estimatedCost, this.clientId, name,
				this.status, this.requestedByName, this.requestedAt, this.decidedByName, this.decidedAt,
				this.decisionNote);
	}

	/**
	 * The same request without free text about its client (the reason and the decision's
	 * note), for a reader who may not see clients (a contract manager); a request for no
	 * client keeps its text.
	 */
	PurchaseRequestView withoutClientText() {
		if (this.clientId == null) {
			return this;
		}
		return new PurchaseRequestView(this.id, this.what, null, this.estimatedCost, this.clientId, null, this.status,
				this.requestedByName, this.requestedAt, this.decidedByName, this.decidedAt, null);
	}

}
