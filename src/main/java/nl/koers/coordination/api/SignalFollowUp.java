package nl.koers.coordination.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A follow-up of a signal: the status it leaves the signal in ({@code IN_PROGRESS} or
 * {@code CLOSED}), the day, and what was done.
 */
public record SignalFollowUp(@NotNull SignalStatus status, @NotNull @PastOrPresent LocalDate notedOn,
		@NotBlank @Size(max = 4000) String note) {
}
