package nl.koers.reporting;

/**
 * What the route report counts: the clients, or their households (one household counts
 * once, however many of its members are KP4).
 */
enum Counted {

	CLIENTS, HOUSEHOLDS

}
