package nl.koers.agreement.api;

import java.time.LocalDate;

/**
 * An agreement as an institution may see it (the data category {@code AGREEMENTS}): no
 * explanations, provisions or authors.
 *
 * @param description what was agreed
 * @param madeOn the day it was made
 * @param outcome whether it was kept, or {@code null} while not known
 * @param outcomeOn the day of that outcome
 */
public record SharedAgreement(String description, LocalDate madeOn, AgreementOutcome outcome, LocalDate outcomeOn) {
}
