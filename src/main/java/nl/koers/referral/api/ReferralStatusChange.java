package nl.koers.referral.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.koers.client.api.Outcome;

/**
 * A step in a referral's life: the new status, an optional note (to end: what more there
 * is to say about the outcome), the coded outcome (required to end, ignored otherwise)
 * and, to send without anything that may be shared, a coordinator's reason.
 */
public record ReferralStatusChange(@NotNull ReferralStatus status, @Size(max = 4000) String note, Outcome outcome,
		@Size(max = 2000) String overrideReason) {
}
