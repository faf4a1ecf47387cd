package nl.koers.trajectory.api;

/**
 * A recorded step in a trajectory's life.
 */
public enum StepKind {

	NOMINATED, APPROVED, NOT_APPROVED, ACCEPTED, DECLINED, WITHDRAWN, STARTED, PHASE, REPORT, ENDED

}
