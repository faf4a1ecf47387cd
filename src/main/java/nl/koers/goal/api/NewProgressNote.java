package nl.koers.goal.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A progress note on an active goal: the day it is about and what happened.
 */
public record NewProgressNote(@NotNull LocalDate notedOn, @NotBlank @Size(max = 4000) String note) {
}
