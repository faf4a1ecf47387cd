package nl.koers.letter.api;

import java.time.LocalDate;

/**
 * What a decision on a measure says: the ground (a measure ground's name), the facts that
 * backed it, the reasons, and the reduction (a percentage of the benefit, from a date,
 * for a number of months).
 */
public record MeasureLetter(String ground, String facts, String justification, int reductionPercent, LocalDate startsOn,
		int months) {
}
