package nl.koers.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.koers.client.api.BenefitEndReason;

import nl.koers.reporting.RouteFlows.FlowCount;
import nl.koers.reporting.RouteFlows.Suppressed;
import nl.koers.reporting.RouteFlows.Suppressed.Part;
import nl.koers.route.api.Kp4Exits;
import nl.koers.route.api.Route;

/**
 * Small numbers left out of figures shown without names, so that no client can be picked
 * out: every count from 1 to below the threshold (primary), then, as long as a balance
 * (counts that add up: a route's start + in − out = end, the routes and their total) has
 * exactly one count left out, which the others would give away, the smallest other count
 * of that balance too (secondary). A sum shown next to the counts is left out as soon as
 * one of its parts is.
 */
final class SmallNumbers {

	private static final String COUNTS = "counts.";

	private static final String OUTFLOW = "outflow.";

	private static final String HANDED_OVER = "handedOver";

	private static final String PROFILE_CHANGED = "profileChanged";

	private static final String TOTAL = "total";

	private SmallNumbers() {
	}

	static RouteFlows suppress(RouteFlows flows, int threshold) {
		Map<Item, Long> items = new LinkedHashMap<>();
		flows.start().forEach((route, count) -> items.put(Item.stock(Part.START, route), count));
		flows.end().forEach((route, count) -> items.put(Item.stock(Part.END, route), count));
		flows.flows().forEach(flow -> items.put(Item.flow(flow.from(), flow.to()), flow.count()));
		List<List<Item>> balances = new ArrayList<>();
		for (Route route : Route.values()) {
			balances.add(items.keySet().stream().filter(item -> item.in(route)).toList());
		}
		Set<Item> hidden = hidden(items, balances, threshold);
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

	/**
	 * The clients per route on a date with their total as one balance (the routes add up
	 * to the total; for households nearly so). The names of what is left out are
	 * {@code counts.<route>} and {@code total}, as the fields of the API are named.
	 */
	static RouteCounts suppress(RouteCounts counts, int threshold) {
		Map<String, Long> items = new LinkedHashMap<>();
		counts.counts().forEach((route, count) -> items.put(COUNTS + route, count));
		items.put(TOTAL, counts.total());
		Set<String> hidden = hidden(items, List.of(List.copyOf(items.keySet())), threshold);
		Map<Route, Long> shown = new EnumMap<>(Route.class);
		counts.counts().forEach((route, count) -> shown.put(route, hidden.contains(COUNTS + route) ? null : count));
		return new RouteCounts(counts.date(), shown, hidden.contains(TOTAL) ? null : counts.total(),
				List.copyOf(hidden), threshold);
	}

	/**
	 * Who left KP4 in a period by the way they left, with the total as one balance. The
	 * names of what is left out are {@code outflow.<reason>}, {@code handedOver},
	 * {@code profileChanged} and {@code total}, as the fields of the API are named.
	 */
	static Kp4Left suppress(Kp4Exits exits, int threshold) {
		Map<String, Long> items = new LinkedHashMap<>();
		exits.outflow().forEach((reason, count) -> items.put(OUTFLOW + reason, count));
		items.put(HANDED_OVER, exits.handedOver());
		items.put(PROFILE_CHANGED, exits.profileChanged());
		items.put(TOTAL, exits.total());
		Set<String> hidden = hidden(items, List.of(List.copyOf(items.keySet())), threshold);
		Map<BenefitEndReason, Long> outflow = new EnumMap<>(BenefitEndReason.class);
		exits.outflow()
			.forEach((reason, count) -> outflow.put(reason, hidden.contains(OUTFLOW + reason) ? null : count));
		return new Kp4Left(exits.from(), exits.until(), outflow,
				hidden.contains(HANDED_OVER) ? null : exits.handedOver(),
				hidden.contains(PROFILE_CHANGED) ? null : exits.profileChanged(),
				hidden.contains(TOTAL) ? null : exits.total(), List.copyOf(hidden), threshold);
	}

	/**
	 * The counts to leave out: every count from 1 to below the threshold, then, as long
	 * as a balance (counts that add up, such as the parts and their total) has exactly
	 * one count left out, the smallest other count of that balance that is not zero.
	 * @param counts every count by its name, in the order they are shown
	 * @param balances groups of names whose counts add up, so that one left out could be
	 * worked out from the others
	 * @param threshold the smallest count shown
	 * @return the names of the counts to leave out, those below the threshold first
	 */
	static <K> Set<K> hidden(Map<K, Long> counts, List<? extends Collection<K>> balances, int threshold) {
		Set<K> hidden = new LinkedHashSet<>();
		counts.forEach((name, count) -> {
			if (small(count, threshold)) {
				hidden.add(name);
			}
		});
		Optional<K> next;
		while ((next = giveaway(counts, balances, hidden)).isPresent()) {
			hidden.add(next.get());
		}
		return hidden;
	}

	private static boolean small(Long count, int threshold) {
		return count != null && count > 0 && count < threshold;
	}

	private static <K> Long shown(K item, Long count, Set<K> hidden) {
		return hidden.contains(item) ? null : count;
	}

	/**
	 * The count to leave out next: in a balance with one count left out, the smallest
	 * other count that is not zero (a zero gives nothing away and hides nothing).
	 */
	private static <K> Optional<K> giveaway(Map<K, Long> counts, List<? extends Collection<K>> balances,
			Set<K> hidden) {
		for (Collection<K> balance : balances) {
			if (balance.stream().filter(hidden::contains).count() == 1) {
				Optional<K> other = balance.stream()
					.filter(item -> !hidden.contains(item) && counts.get(item) != null && counts.get(item) != 0)
					.min(Comparator.comparing(counts::get));
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
