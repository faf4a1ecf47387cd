package nl.koers.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a planned conversation is cancelled.
 */
record CancellationForm(@NotBlank @Size(max = 2000) String reason) {
}
