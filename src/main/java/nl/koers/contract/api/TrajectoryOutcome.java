package nl.koers.contract.api;

/**
 * How a trajectory ended.
 */
public enum TrajectoryOutcome {

	SOCIAL_ACTIVATION, REINTEGRATION, VOLUNTEER_WORK, PAID_WORK, DROPPED_OUT, OTHER;

	/**
	 * Whether the client moved on to something: what a contract is paid to achieve.
	 */
	public boolean movedOn() {
		return this != DROPPED_OUT && this != OTHER;
	}

}
