package nl.koers.coordination.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A question to the coordination point, about one client when {@code clientId} is given.
 */
public record AdviceQuestion(@NotBlank @Size(max = 4000) String question, UUID clientId) {
}
