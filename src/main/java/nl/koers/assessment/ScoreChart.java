package nl.koers.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.koers.assessment.api.AssessmentView;

/**
 * The geometry of the scores-over-time chart of one instrument, for a server-rendered
 * SVG: one row per domain with the score (1 at the bottom, 5 at the top) of each
 * assessment, placed by date on a shared time axis.
 *
 * @param width the width of the view box
 * @param height the height of the view box
 * @param left the x of the earliest date
 * @param right the x of the latest date
 * @param rows one row per domain, in the instrument's order
 * @param dates the labels of the time axis
 * @param axisY the y of the time axis labels
 */
record ScoreChart(int width, int height, int left, int right, List<Row> rows, List<DateLabel> dates, int axisY) {

	static final int WIDTH = 640;

	static final int LEFT = 40;

	static final int RIGHT = 620;

	static final int ROW_HEIGHT = 80;

	static final int LABEL_BASELINE = 16;

	static final int TOP_SCORE_OFFSET = 28;

	static final int SCORE_STEP = 9;

	static final int AXIS_HEIGHT = 28;

	static ScoreChart of(Instrument instrument, List<AssessmentView> oldestFirst) {
		LocalDate first = oldestFirst.get(0).assessedOn();
		LocalDate last = oldestFirst.get(oldestFirst.size() - 1).assessedOn();
		List<Row> rows = IntStream.range(0, instrument.domains().size()).mapToObj(index -> {
			String domain = instrument.domains().get(index);
			int top = index * ROW_HEIGHT;
			List<Point> points = oldestFirst.stream()
				.filter(assessment -> assessment.scores().containsKey(domain))
				.map(assessment -> {
					int score = assessment.scores().get(domain);
					return new Point(x(assessment.assessedOn(), first, last), y(top, score), score,
							assessment.assessedOn());
				})
				.toList();
			List<Level> levels = IntStream.rangeClosed(AssessmentRule.LOWEST, AssessmentRule.HIGHEST)
				.mapToObj(score -> new Level(score, y(top, score)))
				.toList();
			return new Row(domain, top + LABEL_BASELINE, levels, points);
		}).toList();
		int axisY = instrument.domains().size() * ROW_HEIGHT + AXIS_HEIGHT / 2;
		List<DateLabel> dates = first.equals(last) ? List.of(new DateLabel(x(first, first, last), first, "middle"))
				: List.of(new DateLabel(LEFT, first, "start"), new DateLabel(RIGHT, last, "end"));
		return new ScoreChart(WIDTH, instrument.domains().size() * ROW_HEIGHT + AXIS_HEIGHT, LEFT, RIGHT, rows, dates,
				axisY);
	}

	private static int x(LocalDate date, LocalDate first, LocalDate last) {
		long span = last.toEpochDay() - first.toEpochDay();
		if (span == 0) {
			return (LEFT + RIGHT) / 2;
		}
		return LEFT + (int) Math.round((double) (RIGHT - LEFT) * (date.toEpochDay() - first.toEpochDay()) / span);
	}

	private static int y(int top, int score) {
		return top + TOP_SCORE_OFFSET + (AssessmentRule.HIGHEST - score) * SCORE_STEP;
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/**
	 * One domain: its label, the grid lines of the scale and a point per assessment.
	 */
	record Row(String domain, int labelY, List<Level> levels, List<Point> points) {

		/**
		 * The points as the {@code points} attribute of the polyline that joins them.
		 */
		public String line() {
			return this.points.stream().map(point -> point.x() + "," + point.y()).collect(Collectors.joining(" "));
		}

	}

	record Level(int score, int y) {
	}

	record Point(int x, int y, int score, LocalDate date) {
	}

	record DateLabel(int x, LocalDate date, String anchor) {
	}

}
