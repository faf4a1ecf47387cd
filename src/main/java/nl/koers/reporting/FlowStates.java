package nl.koers.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod.Kp4Exit;

/**
 * The states a flow goes from and to: {@value #NEW} (entered KP4), a route, or a way of
 * leaving KP4 ({@code LEFT_HANDOVER}, {@code LEFT_PROFILE}, {@code LEFT_BENEFIT}), named
 * from the routes and the ways of leaving themselves.
 */
final class FlowStates {

	static final String NEW = "NEW";

	private static final List<String> ROUTES = Arrays.stream(Route.values()).map(Route::name).toList();

	private static final List<String> LEFT = Arrays.stream(Kp4Exit.values()).map(FlowStates::left).toList();

	/** Where clients come from: new in KP4 or a route. */
	static final List<String> SOURCES = join(List.of(NEW), ROUTES);

	/** Where clients go: a route or out of KP4. */
	static final List<String> TARGETS = join(ROUTES, LEFT);

	/** Every state, in the order the report lists them. */
	static final List<String> ORDER = join(List.of(NEW), TARGETS);

	private FlowStates() {
	}

	static String left(Kp4Exit exit) {
		return "LEFT_" + exit.name();
	}

	private static List<String> join(List<String> first, List<String> second) {
		List<String> joined = new ArrayList<>(first);
		joined.addAll(second);
		return List.copyOf(joined);
	}

}
