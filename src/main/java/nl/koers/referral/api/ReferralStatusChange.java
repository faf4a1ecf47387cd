package nl.koers.referral.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step in a referral's life: the new status, an optional note, the outcome (required to
 * end) and, to send without anything that may be shared, a coordinator's reason.
 */
public record ReferralStatusChange(@NotNull ReferralStatus status, @Size(max = 4000) String note,
		@Size(max = 4000) String outcome, @Size(max = 2000) String overrideReason) {
}
