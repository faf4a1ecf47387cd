package nl.koers.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a consent is withdrawn.
 */
record ConsentWithdrawalForm(@NotBlank @Size(max = 2000) String reason) {
}
