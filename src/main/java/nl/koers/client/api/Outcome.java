package nl.koers.client.api;

/**
 * What became of a client when a trajectory, a referral or a KP4 route ended: one coded
 * list for every end, so that realisation against targets can be counted. A free text
 * next to it says more.
 */
public enum Outcome {

	PAID_WORK, VOLUNTEER_WORK, SOCIAL_ACTIVATION, DAY_ACTIVITIES, EDUCATION, CARE,
	/** on towards re-integration (KP3) */
	REINTEGRATION, NO_CHANGE, DROPPED_OUT, MOVED, OTHER;

	/**
	 * Whether the client moved on to something: what a contract is paid to achieve.
	 */
	public boolean movedOn() {
		return this != NO_CHANGE && this != DROPPED_OUT && this != MOVED && this != OTHER;
	}

	/**
	 * The outcome a benefit's end implies: work is paid work, moving away is moved.
	 */
	public static Outcome of(BenefitEndReason reason) {
		return switch (reason) {
			case WORK -> PAID_WORK;
			case MOVED -> MOVED;
			case OTHER_INCOME, DECEASED, OTHER -> OTHER;
		};
	}

}
