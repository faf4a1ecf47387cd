package nl.koers.obligation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A coordinator's decision on a proposed measure.
 */
record DecisionForm(@NotNull Boolean approved, @Size(max = 2000) String note) {
}
