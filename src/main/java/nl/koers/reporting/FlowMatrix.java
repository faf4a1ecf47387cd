package nl.koers.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.koers.reporting.RouteFlows.FlowCount;
import nl.koers.route.api.Route;

/**
 * The flows as a table for the page: a row per state clients came from, a column per
 * state they went to, and per route what came in and went out.
 */
record FlowMatrix(List<String> sources, List<String> targets, Map<String, FlowCount> cells) {

	static FlowMatrix of(RouteFlows flows) {
		return new FlowMatrix(FlowStates.SOURCES, FlowStates.TARGETS,
				flows.flows()
					.stream()
					.collect(Collectors.toMap(flow -> flow.from() + ">" + flow.to(), Function.identity())));
	}

	/**
	 * The count from one state to another: {@code null} when left out, 0 when none.
	 */
	public Long count(String source, String target) {
		FlowCount cell = this.cells.get(source + ">" + target);
		return cell == null ? Long.valueOf(0) : cell.count();
	}

	/**
	 * What came into the route, or {@code null} when a count of it is left out.
	 */
	public Long in(Route route) {
		return sum(this.cells.values().stream().filter(flow -> flow.to().equals(route.name())).toList());
	}

	/**
	 * What went out of the route, or {@code null} when a count of it is left out.
	 */
	public Long out(Route route) {
		return sum(this.cells.values().stream().filter(flow -> flow.from().equals(route.name())).toList());
	}

	private static Long sum(List<FlowCount> flows) {
		if (flows.stream().anyMatch(flow -> flow.count() == null)) {
			return null;
		}
		return flows.stream().mapToLong(FlowCount::count).sum();
	}

}
