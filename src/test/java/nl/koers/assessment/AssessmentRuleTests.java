package nl.koers.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.koers.assessment.AssessmentRule.Problem;
import nl.koers.assessment.api.NewAssessment;
import nl.koers.client.api.ClientRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a valid assessment, without a database.
 */
class AssessmentRuleTests {

	private static final LocalDate TODAY = LocalDate.of(2024, 6, 3);

	private static final Instrument TWO = new Instrument("TWO", List.of("WORK", "HOUSING"));

	private static final ClientRef CLIENT = new ClientRef(UUID.randomUUID(), UUID.randomUUID(), "Petra Vermeulen",
			LocalDate.of(1980, 5, 1), LocalDate.of(2015, 1, 1), null);

	@Test
	void aCompleteAssessmentInRangeHasNoProblems() {
		assertThat(problems(assessment(TODAY, Map.of("WORK", 1, "HOUSING", 5)))).isEmpty();
	}

	@Test
	void everyDomainNeedsAScoreFromOneToFive() {
		assertThat(problems(assessment(TODAY, Map.of("WORK", 0)))).containsExactly(
				new Problem("scores.WORK", "assessment.score.range"),
				new Problem("scores.HOUSING", "assessment.score.missing"));
		assertThat(problems(assessment(TODAY, Map.of("WORK", 6, "HOUSING", 3))))
			.containsExactly(new Problem("scores.WORK", "assessment.score.range"));
	}

	@Test
	void scoresAndNotesOfUnknownDomainsAreProblems() {
		NewAssessment assessment = new NewAssessment("TWO", TODAY, Map.of("WORK", 3, "HOUSING", 3, "JUSTICE", 2),
				Map.of("MONEY", "Schulden"), null);
		assertThat(problems(assessment)).containsExactly(new Problem("scores.JUSTICE", "assessment.domain.unknown"),
				new Problem("notes.MONEY", "assessment.domain.unknown"));
	}

	@Test
	void theDateLiesBetweenBirthAndToday() {
		Map<String, Integer> scores = Map.of("WORK", 3, "HOUSING", 3);
		assertThat(problems(assessment(TODAY.plusDays(1), scores)))
			.containsExactly(new Problem("assessedOn", "assessment.assessedOn.future"));
		assertThat(problems(assessment(CLIENT.dateOfBirth().minusDays(1), scores)))
			.containsExactly(new Problem("assessedOn", "assessment.assessedOn.beforeBirth"));
		assertThat(problems(assessment(CLIENT.dateOfBirth(), scores))).isEmpty();
	}

	@Test
	void anUnknownInstrumentIsAProblemAndNoScoreIsChecked() {
		assertThat(AssessmentRule.problems(assessment(TODAY, Map.of("WORK", 9)), Optional.empty(), CLIENT, TODAY))
			.containsExactly(new Problem("instrument", "assessment.instrument.unknown"));
	}

	@Test
	void withoutAnInstrumentTheFiveDomainsAreMeant() {
		assertThat(AssessmentRule.instrumentCode(new NewAssessment(null, TODAY, null, null, null)))
			.isEqualTo(NewAssessment.DEFAULT_INSTRUMENT);
		assertThat(AssessmentRule.instrumentCode(new NewAssessment(" ", TODAY, null, null, null)))
			.isEqualTo(NewAssessment.DEFAULT_INSTRUMENT);
		assertThat(AssessmentRule.instrumentCode(new NewAssessment("ZRM", TODAY, null, null, null))).isEqualTo("ZRM");
	}

	private static NewAssessment assessment(LocalDate on, Map<String, Integer> scores) {
		return new NewAssessment("TWO", on, scores, Map.of(), null);
	}

	private static List<Problem> problems(NewAssessment assessment) {
		return AssessmentRule.problems(assessment, Optional.of(TWO), CLIENT, TODAY);
	}

}
