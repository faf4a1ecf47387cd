package nl.koers.obligation;

/**
 * A measure is proposed, then approved (taken) or rejected by a coordinator.
 */
enum MeasureStatus {

	PROPOSED, APPROVED, REJECTED

}
