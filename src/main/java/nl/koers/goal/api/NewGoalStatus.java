package nl.koers.goal.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change of a goal's status, with the day, the reason and the {@code version} of the
 * goal as read (a stale version is refused with 409).
 */
public record NewGoalStatus(@NotNull GoalStatus status, @NotNull LocalDate changedOn,
		@NotBlank @Size(max = 2000) String reason, @NotNull Long version) {
}
