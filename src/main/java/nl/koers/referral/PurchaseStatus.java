package nl.koers.referral;

/**
 * Where a purchase request stands.
 */
public enum PurchaseStatus {

	OPEN, APPROVED, REJECTED

}
