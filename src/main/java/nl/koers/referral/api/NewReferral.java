package nl.koers.referral.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposed referral: the service of the social map, why, and optionally when to follow
 * it up.
 */
public record NewReferral(@NotNull UUID serviceId, @NotBlank @Size(max = 4000) String reason, LocalDate followUpOn) {
}
