package nl.koers.trajectory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The contract manager's decision on a nomination that needs approval.
 */
record ApprovalForm(@NotNull Boolean approve, @Size(max = 4000) String note, Long version) {
}
