package nl.koers.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.koers.reporting.RouteFlows.FlowCount;
import nl.koers.reporting.RouteFlows.Suppressed;
import nl.koers.reporting.RouteFlows.Suppressed.Part;
import nl.koers.route.api.Route;

/**
 * Small numbers left out of figures shown without names, so that no client can be picked
 * out: every count from 1 to below the threshold (primary), then, as long as a route's
 * balance (start + in − out = end) has exactly one count left out, which the others would
 * give away, the smallest other count of that balance too (secondary).
 */
final class SmallNumbers {

	private SmallNumbers() {
	}

	static RouteFlows suppress(RouteFlows flows, int threshold) {
		Map<Item, Long> items = new LinkedHashMap<>();
		flows.start().forEach((route, count) -> items.put(Item.stock(Part.START, route), count));
		flows.end().forEach((route, count) -> items.put(Item.stock(Part.END, route), count));
		flows.flows().forEach(flow -> items.put(Item.flow(flow.from(), flow.to()), flow.count()));
		List<Item> hidden = new ArrayList<>(
				items.keySet().stream().filter(item -> small(items.get(item), threshold)).toList());
		Optional<Item> next;
		while ((next = giveaway(items, hidden)).isPresent()) {
			hidden.add(next.get());
		}
		Map<Route, Long> start = new EnumMap<>(Route.class);
		Map<Route, Long> end = new EnumMap<>(Route.class);
		flows.start().forEach((route, count) -> start.put(route, shown(Item.stock(Part.START, route), count, hidden)));
		flows.end().forEach((route, count) -> end.put(route, shown(Item.stock(Part.END, route), count, hidden)));
		List<FlowCount> counts = flows.flows()
			.stream()
			.map(flow -> new FlowCount(flow.from(), flow.to(),
					shown(Item.flow(flow.from(), flow.to()), flow.count(), hidden)))
			.toList();
		return new RouteFlows(flows.from(), flows.until(), start, end, counts,
				hidden.stream().map(Item::suppressed).toList(), threshold);
	}

	private static boolean small(Long count, int threshold) {
		return count != null && count > 0 && count < threshold;
	}

	private static Long shown(Item item, Long count, List<Item> hidden) {
		return hidden.contains(item) ? null : count;
	}

	/**
	 * The count to leave out next: in a balance with one count left out, the smallest
	 * other count that is not zero (a zero gives nothing away and hides nothing).
	 */
	private static Optional<Item> giveaway(Map<Item, Long> items, List<Item> hidden) {
		for (Route route : Route.values()) {
			List<Item> balance = items.keySet().stream().filter(item -> item.in(route)).toList();
			if (balance.stream().filter(hidden::contains).count() == 1) {
				Optional<Item> other = balance.stream()
					.filter(item -> !hidden.contains(item) && items.get(item) != 0)
					.min(Comparator.comparing(items::get));
				if (other.isPresent()) {
					return other;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A count of the report: a stock of a route, or a flow between two states.
	 */
	private record Item(Part part, Route route, String from, String to) {

		static Item stock(Part part, Route route) {
			return new Item(part, route, null, null);
		}

		static Item flow(String from, String to) {
			return new Item(Part.FLOW, null, from, to);
		}

		boolean in(Route balance) {
			return this.part == Part.FLOW ? balance.name().equals(this.from) || balance.name().equals(this.to)
					: this.route == balance;
		}

		Suppressed suppressed() {
			return new Suppressed(this.part, this.route, this.from, this.to);
		}

	}

}
