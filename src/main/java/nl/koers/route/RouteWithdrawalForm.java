package nl.koers.route;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Withdrawing an event recorded in error; the event stays in the history, marked as
 * withdrawn.
 */
record RouteWithdrawalForm(@NotBlank @Size(max = 2000) String reason) {
}
