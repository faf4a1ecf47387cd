package nl.koers.agreement.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The outcome of an agreement on a day. A broken agreement needs {@code validReason}
 * (whether the client had a valid reason) and an {@code explanation}; for a kept one both
 * are optional and a valid reason is ignored.
 */
public record NewAgreementOutcome(@NotNull AgreementOutcome outcome, @NotNull LocalDate outcomeOn, Boolean validReason,
		@Size(max = 2000) String explanation) {
}
