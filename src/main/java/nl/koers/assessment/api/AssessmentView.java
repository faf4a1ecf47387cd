package nl.koers.assessment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded assessment. Scores and notes are keyed by domain code, in the instrument's
 * domain order.
 *
 * @param id the assessment
 * @param clientId the client assessed
 * @param instrument the instrument's code
 * @param assessedOn the day of the assessment
 * @param scores the score (1–5) of every domain
 * @param notes the notes of the domains that have one
 * @param summary the summary, if any
 * @param author who recorded it
 * @param recordedAt when it was recorded
 * @param version the version, for optimistic locking
 */
public record AssessmentView(UUID id, UUID clientId, String instrument, LocalDate assessedOn,
		Map<String, Integer> scores, Map<String, String> notes, String summary, Author author, Instant recordedAt,
		long version) {

	/**
	 * The user who recorded an assessment, with the name they had at the time.
	 */
	public record Author(UUID id, String displayName) {
	}

}
