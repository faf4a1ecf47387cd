package nl.koers.referral.api;

import java.time.LocalDate;
import java.util.UUID;

import nl.koers.client.api.Outcome;

/**
 * A started referral ended (with its outcome) or was cancelled after it started
 * ({@code outcome} {@code null}). Published in the transaction that recorded it.
 *
 * @param endedOn the last day of the guidance
 */
public record ReferralEnded(UUID referralId, UUID clientId, UUID municipalityId, LocalDate endedOn, Outcome outcome) {
}
