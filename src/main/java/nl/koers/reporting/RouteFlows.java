package nl.koers.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.koers.route.api.Route;

/**
 * How clients of a municipality moved between the KP4 routes, into KP4 and out of it in a
 * period: per route, {@code start} + what came in − what went out = {@code end}. Counts
 * below the threshold are {@code null} and named in {@code suppressed}, and so is one
 * more count of any balance that would otherwise give a suppressed count away.
 *
 * @param from the first day of the period
 * @param until the last day of the period (inclusive)
 * @param start per route, the clients on it at the start of {@code from}
 * @param end per route, the clients on it at the end of {@code until}
 * @param flows the moves, each pair of states once: a route, {@code NEW} (entered KP4) or
 * a way of leaving ({@code LEFT_HANDOVER}, {@code LEFT_PROFILE}, {@code LEFT_BENEFIT})
 * @param suppressed the counts left out
 * @param threshold the smallest count shown
 */
record RouteFlows(LocalDate from, LocalDate until, Map<Route, Long> start, Map<Route, Long> end, List<FlowCount> flows,
		List<Suppressed> suppressed, int threshold) {

	/**
	 * Clients moving from one state to another in the period; {@code null} when
	 * suppressed.
	 */
	record FlowCount(String from, String to, Long count) {
	}

	/**
	 * A count left out: a stock ({@code START} or {@code END} of a route) or a flow.
	 */
	record Suppressed(Part part, Route route, String from, String to) {

		enum Part {

			START, END, FLOW

		}

	}

}
