package nl.koers.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The coordinator's or contract manager's decision on a purchase request.
 */
record PurchaseDecisionForm(@NotNull PurchaseStatus status, @Size(max = 4000) String note) {
}
