package nl.koers.client.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * The end of a running benefit: the first day without benefit, the reason, and the
 * version of the period that was read.
 */
public record BenefitEnd(@NotNull LocalDate endDate, @NotNull BenefitEndReason reason, @NotNull Long version) {
}
