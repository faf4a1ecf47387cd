package nl.koers.conversation.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An attempt to reach a client after a no-show.
 */
public record NewOutreachAttempt(@NotNull OutreachMethod method, @NotNull OutreachResult result,
		@NotNull LocalDate attemptedOn, @Size(max = 2000) String note) {
}
