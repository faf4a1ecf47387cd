package nl.koers.trajectory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The provider's answer to a nomination; a decline needs a reason.
 */
public record AnswerForm(@NotNull Boolean accept, @Size(max = 4000) String reason, Long version) {
}
