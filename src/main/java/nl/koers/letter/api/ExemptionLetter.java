package nl.koers.letter.api;

import java.time.LocalDate;

/**
 * What a decision on an exemption from the job-application duty says: from when, until
 * when (open when {@code validUntil} is null) and why.
 */
public record ExemptionLetter(LocalDate validFrom, LocalDate validUntil, String reason) {
}
