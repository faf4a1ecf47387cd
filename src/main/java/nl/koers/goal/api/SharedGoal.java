package nl.koers.goal.api;

import java.time.LocalDate;

/**
 * A goal as an institution may see it (the data category {@code GOALS}): no progress
 * notes, reasons or authors.
 *
 * @param category what the goal is about
 * @param description the goal in the client's own words
 * @param startDate the day it started
 * @param status how it stands
 * @param statusSince the day of the latest status change, or the start
 */
public record SharedGoal(GoalCategory category, String description, LocalDate startDate, GoalStatus status,
		LocalDate statusSince) {
}
