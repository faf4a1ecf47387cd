package nl.koers.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.koers.route.api.Route;

/**
 * The geometry of a stacked bar chart of monthly route counts, drawn as inline SVG by the
 * report page: one bar per month, one block per route.
 */
record RouteChart(int width, int height, long max, List<Bar> bars, List<Tick> ticks) {

	static final int WIDTH = 760;

	static final int HEIGHT = 260;

	private static final int LEFT = 48;

	private static final int BOTTOM = 28;

	private static final int TOP = 8;

	static RouteChart of(List<RouteCounts> series) {
		long max = Math.max(1, series.stream().mapToLong(RouteChart::height).max().orElse(1));
		double plot = HEIGHT - BOTTOM - TOP;
		double slot = (WIDTH - LEFT) / (double) Math.max(1, series.size());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			RouteCounts counts = series.get(i);
			double x = LEFT + i * slot + slot * 0.15;
			double base = HEIGHT - BOTTOM;
			List<Block> blocks = new ArrayList<>();
			for (Route route : Route.values()) {
				double h = shown(counts.count(route)) * plot / max;
				base -= h;
				blocks.add(new Block(route, round(base), round(h), counts.count(route)));
			}
			bars.add(new Bar(counts.date(), round(x), round(slot * 0.7), round(x + slot * 0.35), blocks));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			long value = Math.round(max * i / 4.0);
			ticks.add(new Tick(value, round(HEIGHT - BOTTOM - value * plot / max)));
		}
		return new RouteChart(WIDTH, HEIGHT, max, bars, ticks);
	}

	public int left() {
		return LEFT;
	}

	public int baseline() {
		return HEIGHT - BOTTOM;
	}

	/**
	 * The height of a month's bar: its total, or where counts are left out, what is shown
	 * (a left-out count is drawn as nothing, so the chart gives nothing away).
	 */
	private static long height(RouteCounts counts) {
		return counts.counts().values().stream().mapToLong(RouteChart::shown).sum();
	}

	private static long shown(Long count) {
		return count == null ? 0 : count;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	record Bar(LocalDate month, double x, double width, double labelX, List<Block> blocks) {
	}

	/**
	 * A route's block of a bar; {@code count} is {@code null} when left out.
	 */
	record Block(Route route, double y, double height, Long count) {
	}

	record Tick(long value, double y) {
	}

}
