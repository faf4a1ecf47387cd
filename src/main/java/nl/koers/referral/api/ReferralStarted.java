package nl.koers.referral.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The institution started its guidance or care for a referred client. Published in the
 * transaction that recorded the start.
 */
public record ReferralStarted(UUID referralId, UUID clientId, UUID municipalityId, LocalDate startedOn) {
}
