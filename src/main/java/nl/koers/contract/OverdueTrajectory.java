package nl.koers.contract;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A trajectory past or near its maximum end on the reference date, without who the client
 * is.
 */
record OverdueTrajectory(UUID id, LocalDate startedOn, LocalDate maximumEnd, boolean overdue, String phaseName,
		long monthsRunning, String nominatedByName) {
}
