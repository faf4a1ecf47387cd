package nl.koers.coordination.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The coordination point's answer to a request.
 */
public record AdviceAnswer(@NotBlank @Size(max = 4000) String answer) {
}
