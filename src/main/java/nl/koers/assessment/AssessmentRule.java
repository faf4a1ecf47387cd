package nl.koers.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.koers.assessment.api.NewAssessment;
import nl.koers.client.api.ClientRef;
import nl.koers.system.RefusedException.Reason;

/**
 * What makes an assessment valid: a known instrument, a date between the client's birth
 * and today, and a score from 1 to 5 for every domain of the instrument and for nothing
 * else.
 */
final class AssessmentRule {

	static final int LOWEST = 1;

	static final int HIGHEST = 5;

	private AssessmentRule() {
	}

	/**
	 * The instrument an assessment names, {@link NewAssessment#DEFAULT_INSTRUMENT} when
	 * it names none.
	 */
	static String instrumentCode(NewAssessment assessment) {
		String instrument = assessment.instrument();
		return instrument == null || instrument.isBlank() ? NewAssessment.DEFAULT_INSTRUMENT : instrument;
	}

	/**
	 * The problems in the order the form shows them; empty when the assessment is valid.
	 */
	static List<Problem> problems(NewAssessment assessment, Optional<Instrument> found, ClientRef client,
			LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (found.isEmpty()) {
			problems.add(new Problem("instrument", "assessment.instrument.unknown"));
		}
		if (assessment.assessedOn().isAfter(today)) {
			problems.add(new Problem("assessedOn", "assessment.assessedOn.future"));
		}
		else if (assessment.assessedOn().isBefore(client.dateOfBirth())) {
			problems.add(new Problem("assessedOn", "assessment.assessedOn.beforeBirth"));
		}
		found.ifPresent(instrument -> scoreProblems(assessment, instrument, problems));
		return problems;
	}

	private static void scoreProblems(NewAssessment assessment, Instrument instrument, List<Problem> problems) {
		assessment.scores()
			.keySet()
			.stream()
			.filter(domain -> !instrument.domains().contains(domain))
			.sorted()
			.forEach(domain -> problems.add(new Problem("scores." + domain, "assessment.domain.unknown")));
		for (String domain : instrument.domains()) {
			Integer score = assessment.scores().get(domain);
			if (score == null) {
				problems.add(new Problem("scores." + domain, "assessment.score.missing"));
			}
			else if (score < LOWEST || score > HIGHEST) {
				problems.add(new Problem("scores." + domain, "assessment.score.range"));
			}
		}
		assessment.notes()
			.keySet()
			.stream()
			.filter(domain -> !instrument.domains().contains(domain))
			.sorted()
			.forEach(domain -> problems.add(new Problem("notes." + domain, "assessment.domain.unknown")));
	}

	/**
	 * One problem: the field as the API names it ({@code scores.WORK}) and the message
	 * key.
	 */
	record Problem(String field, String messageKey) {

		Reason reason() {
			return new Reason(this.field, this.messageKey);
		}

	}

}
