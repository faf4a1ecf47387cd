package nl.koers.trajectory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The provider's answer to a nomination on a day (default today); a decline needs a
 * reason.
 */
public record AnswerForm(@NotNull Boolean accept, LocalDate answeredOn, @Size(max = 4000) String reason, Long version) {
}
