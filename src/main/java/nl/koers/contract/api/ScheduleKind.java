package nl.koers.contract.api;

/**
 * How a contract spreads a trajectory's price: over calendar years, or over its phases (a
 * phase's share is owed in the year the phase starts).
 */
public enum ScheduleKind {

	YEARS, PHASES

}
