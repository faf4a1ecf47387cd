package nl.koers.assessment.api;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An assessment to record: a score from 1 (acute problems) to 5 (fully self-reliant) for
 * every domain of the instrument, with optional notes per domain and a summary. Which
 * domains exist and that each is scored once in range is checked against the instrument
 * when the assessment is recorded.
 *
 * @param instrument the instrument's code; {@code FIVE_DOMAINS} when absent
 * @param assessedOn the day of the assessment: not in the future, not before the client
 * was born
 * @param scores the score per domain code
 * @param notes an optional note per domain code
 * @param summary an optional summary of the whole assessment
 */
public record NewAssessment(@Size(max = 40) String instrument, @NotNull LocalDate assessedOn,
		Map<String, Integer> scores, Map<String, @Size(max = 2000) String> notes, @Size(max = 4000) String summary) {

	public static final String DEFAULT_INSTRUMENT = "FIVE_DOMAINS";

	public NewAssessment {
		scores = scores == null ? Map.of() : scores;
		notes = notes == null ? Map.of() : notes;
	}

}
