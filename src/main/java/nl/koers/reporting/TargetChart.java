package nl.koers.reporting;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The geometry of a target's line chart, drawn as inline SVG: the realisation over time
 * against what the target asks (rising over the period for measures counted over it,
 * level for the others). Suppressed points are left out of the line.
 */
record TargetChart(int width, int height, String realised, String expected, List<Point> points, List<Tick> ticks,
		String firstLabel, String lastLabel) {

	static final int WIDTH = 360;

	static final int HEIGHT = 160;

	private static final int LEFT = 40;

	private static final int BOTTOM = 22;

	private static final int TOP = 8;

	private static final int RIGHT = 8;

	static TargetChart of(Target target, List<TargetRealisation> series) {
		double max = series.stream()
			.map(TargetRealisation::realised)
			.filter(Objects::nonNull)
			.mapToDouble(BigDecimal::doubleValue)
			.max()
			.orElse(0);
		double top = Math.max(1, Math.max(max, target.value().doubleValue()) * 1.15);
		Scale scale = new Scale(target, top);
		List<Point> points = series.stream()
			.filter(point -> point.realised() != null)
			.map(point -> new Point(scale.x(point), scale.y(point.realised().doubleValue()), point))
			.toList();
		String realised = String.join(" ", points.stream().map(point -> point.x() + "," + point.y()).toList());
		double start = target.measure().cumulative() ? 0 : target.value().doubleValue();
		String expected = LEFT + "," + scale.y(start) + " " + (WIDTH - RIGHT) + ","
				+ scale.y(target.value().doubleValue());
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			double value = top * i / 4;
			ticks.add(new Tick(Math.round(value * 10) / 10.0, scale.y(value)));
		}
		return new TargetChart(WIDTH, HEIGHT, realised, expected, points, ticks, target.from().toString(),
				target.until().toString());
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	record Point(double x, double y, TargetRealisation realisation) {
	}

	record Tick(double value, double y) {
	}

	private record Scale(Target target, double top) {

		double x(TargetRealisation point) {
			long days = Math.max(1, ChronoUnit.DAYS.between(this.target.from(), this.target.until()));
			long gone = ChronoUnit.DAYS.between(this.target.from(), point.date());
			return round(LEFT + (WIDTH - LEFT - RIGHT) * gone / (double) days);
		}

		double y(double value) {
			return round(HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * value / this.top);
		}

	}

}
