package nl.koers.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The reason a coordinator gives to set or to lift a legal hold.
 */
record LegalHoldForm(@NotBlank @Size(max = LegalHoldService.MAX_REASON) String reason) {
}
