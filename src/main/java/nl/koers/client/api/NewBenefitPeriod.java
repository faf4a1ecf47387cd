package nl.koers.client.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * A benefit that starts: its kind and first day.
 */
public record NewBenefitPeriod(@NotNull BenefitKind kind, @NotNull LocalDate startDate) {
}
