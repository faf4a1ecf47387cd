package nl.koers.route.api;

import java.time.LocalDate;

import nl.koers.client.api.BenefitEndReason;
import nl.koers.client.api.ClientRef;

/**
 * The profile an import says a client has, and since when; for a client whose benefit had
 * ended by then, when and why it ended (else {@code null}), which for a client new to
 * Koers is the outflow that ends their KP4 route.
 */
public record ImportedProfile(ClientRef client, ClientProfile profile, LocalDate effectiveDate, LocalDate benefitEnded,
		BenefitEndReason endReason) {
}
