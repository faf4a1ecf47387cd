package nl.koers.trajectory.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a trajectory stands. A nomination that needs the contract manager's approval
 * waits for it; the provider accepts or declines; the trajectory starts and ends with an
 * outcome. The consultant may withdraw until it starts.
 */
public enum TrajectoryStatus {

	AWAITING_APPROVAL, NOT_APPROVED, NOMINATED, ACCEPTED, DECLINED, WITHDRAWN, STARTED, ENDED;

	private static final Set<TrajectoryStatus> OPEN = EnumSet.of(AWAITING_APPROVAL, NOMINATED, ACCEPTED, STARTED);

	/**
	 * Not yet decided or still running: the client cannot be nominated again.
	 */
	public boolean open() {
		return OPEN.contains(this);
	}

	/**
	 * Takes a place under the contract.
	 */
	public boolean takesPlace() {
		return open() || this == ENDED;
	}

	public boolean withdrawable() {
		return this == AWAITING_APPROVAL || this == NOMINATED || this == ACCEPTED;
	}

}
