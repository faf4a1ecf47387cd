package nl.koers.reporting;

import java.util.ArrayList;
import java.util.List;

import nl.koers.reporting.RouteFlows.FlowCount;
import nl.koers.route.api.Route;

/**
 * The geometry of the flows chart, drawn as inline SVG: per route a bar of what went out
 * to the left of the middle line and a bar of what came in to the right, each stacked by
 * the state the clients went to or came from. Counts left out are not drawn.
 */
record FlowChart(int width, int height, int middle, List<Row> rows) {

	static final int WIDTH = 760;

	private static final int LABEL = 170;

	private static final int ROW = 44;

	private static final int BAR = 26;

	private static final int TOP = 24;

	static FlowChart of(RouteFlows flows) {
		long max = 1;
		for (Route route : Route.values()) {
			max = Math.max(max, Math.max(total(flows, route, true), total(flows, route, false)));
		}
		int middle = LABEL + (WIDTH - LABEL) / 2;
		double scale = (WIDTH - LABEL) / 2.0 / max;
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < Route.values().length; i++) {
			Route route = Route.values()[i];
			double y = TOP + i * ROW;
			List<Segment> segments = new ArrayList<>();
			double left = middle;
			double right = middle;
			for (FlowCount flow : flows.flows()) {
				if (flow.count() == null || flow.count() == 0) {
					continue;
				}
				double w = round(flow.count() * scale);
				if (flow.from().equals(route.name())) {
					left -= w;
					segments.add(new Segment(flow.to(), round(left), w, flow.count(), false));
				}
				else if (flow.to().equals(route.name())) {
					segments.add(new Segment(flow.from(), round(right), w, flow.count(), true));
					right += w;
				}
			}
			rows.add(new Row(route, round(y), round(y + BAR / 2.0 + 5), segments));
		}
		return new FlowChart(WIDTH, TOP + Route.values().length * ROW + 8, middle, rows);
	}

	public int barHeight() {
		return BAR;
	}

	public int labelX() {
		return LABEL - 8;
	}

	private static long total(RouteFlows flows, Route route, boolean in) {
		return flows.flows()
			.stream()
			.filter(flow -> flow.count() != null && (in ? flow.to() : flow.from()).equals(route.name()))
			.mapToLong(FlowCount::count)
			.sum();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	record Row(Route route, double y, double labelY, List<Segment> segments) {
	}

	/**
	 * A block of a bar: the clients who came from ({@code in}) or went to {@code state}.
	 */
	record Segment(String state, double x, double width, long count, boolean in) {
	}

}
