package nl.koers.goal.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A goal to set: its category, the description in the client's own words and the day it
 * starts (not in the future).
 */
public record NewGoal(@NotNull GoalCategory category, @NotBlank @Size(max = 2000) String description,
		@NotNull LocalDate startDate) {
}
