package nl.koers.assessment.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * The scores of one assessment as an institution may see them (the data category
 * {@code ASSESSMENT_SCORES}): no notes, summary or author.
 *
 * @param instrument the instrument's code
 * @param assessedOn the day of the assessment
 * @param scores the score (1–5) of every domain, by domain code in the instrument's order
 */
public record SharedScores(String instrument, LocalDate assessedOn, Map<String, Integer> scores) {
}
