package nl.koers.agreement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreement whose outcome, as it now stands, is broken without a valid reason.
 */
record BrokenAgreement(UUID agreementId, UUID clientId, String description, LocalDate madeOn, LocalDate brokenOn,
		boolean tiedToProvision, String explanation) {
}
