package nl.koers.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.assessment.api.AssessmentView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChartTests {

	private static final Instrument TWO_DOMAINS = new Instrument("TEST", List.of("A", "B"));

	@Test
	void placesPointsByDateAndScore() {
		ScoreChart chart = ScoreChart.of(TWO_DOMAINS, List.of(assessment(LocalDate.of(2024, 1, 1), 1, 5),
				assessment(LocalDate.of(2024, 1, 11), 3, 5), assessment(LocalDate.of(2024, 2, 10), 5, 5)));
		ScoreChart.Row a = chart.rows().get(0);
		assertThat(a.points()).extracting(ScoreChart.Point::x)
			.containsExactly(ScoreChart.LEFT, ScoreChart.LEFT + 145, ScoreChart.RIGHT);
		assertThat(a.points()).extracting(ScoreChart.Point::y).containsExactly(64, 46, 28);
		assertThat(a.line()).isEqualTo("40,64 185,46 620,28");
		assertThat(chart.rows().get(1).points()).extracting(ScoreChart.Point::y)
			.containsOnly(ScoreChart.ROW_HEIGHT + 28);
		assertThat(chart.rows().get(1).levels()).extracting(ScoreChart.Level::y)
			.containsExactly(144, 135, 126, 117, 108);
		assertThat(chart.dates()).extracting(ScoreChart.DateLabel::anchor).containsExactly("start", "end");
		assertThat(chart.viewBox()).isEqualTo("0 0 640 188");
	}

	@Test
	void placesASingleAssessmentInTheMiddle() {
		ScoreChart chart = ScoreChart.of(TWO_DOMAINS, List.of(assessment(LocalDate.of(2024, 1, 1), 2, 4)));
		assertThat(chart.rows())
			.allSatisfy(row -> assertThat(row.points()).singleElement().extracting(ScoreChart.Point::x).isEqualTo(330));
		assertThat(chart.dates()).singleElement().extracting(ScoreChart.DateLabel::anchor).isEqualTo("middle");
	}

	private static AssessmentView assessment(LocalDate on, int a, int b) {
		return new AssessmentView(UUID.randomUUID(), UUID.randomUUID(), "TEST", on, Map.of("A", a, "B", b), Map.of(),
				null, new AssessmentView.Author(UUID.randomUUID(), "Test"), Instant.now(), 0);
	}

}
