package nl.koers.agreement.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreement with a client was recorded as broken. {@code validReason} says whether the
 * client had a valid reason; {@code tiedToProvision} whether the agreement belongs to a
 * cost-bearing provision or trajectory.
 */
public record AgreementBroken(UUID agreementId, UUID clientId, UUID municipalityId, LocalDate brokenOn,
		boolean validReason, boolean tiedToProvision, String description) {
}
