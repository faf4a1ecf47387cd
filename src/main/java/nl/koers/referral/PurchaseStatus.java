package nl.koers.referral;

/**
 * Where a purchase request stands.
 */
enum PurchaseStatus {

	OPEN, APPROVED, REJECTED

}
