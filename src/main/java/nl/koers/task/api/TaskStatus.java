package nl.koers.task.api;

/**
 * Where a task stands. Only an open task is on a worklist; closed tasks are kept.
 */
public enum TaskStatus {

	/**
	 * To be done; at most one open task per client and type.
	 */
	OPEN,

	/**
	 * Done, by {@link TaskView#closedBy()}.
	 */
	DONE,

	/**
	 * Withdrawn without being done, for example because the route changed.
	 */
	CANCELLED

}
