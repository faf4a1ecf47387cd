package nl.koers.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.koers.reporting.RouteCountDeltas.Key;
import nl.koers.route.api.Route;
import nl.koers.route.api.RoutePeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The arithmetic of the count deltas, without a database.
 */
class RouteCountDeltasTests {

	private static final LocalDate JAN = LocalDate.of(2021, 1, 4);

	private static final LocalDate MAR = LocalDate.of(2021, 3, 1);

	private static final LocalDate JUN = LocalDate.of(2021, 6, 1);

	@Test
	void aNewOpenPeriodAddsOneFromItsFirstDay() {
		assertThat(RouteCountDeltas.deltas(List.of(), List.of(new RoutePeriod(Route.REST, JAN, null))))
			.containsExactly(entry(new Key(JAN, Route.REST), 1));
	}

	@Test
	void aClosedPeriodTakesOneAwayOnTheDayItEnds() {
		assertThat(RouteCountDeltas.deltas(List.of(), List.of(new RoutePeriod(Route.REST, JAN, MAR))))
			.containsExactly(entry(new Key(JAN, Route.REST), 1), entry(new Key(MAR, Route.REST), -1));
	}

	@Test
	void aChangeCountsOnlyTheDifferenceInDateThenRouteOrder() {
		List<RoutePeriod> before = List.of(new RoutePeriod(Route.INVESTIGATION, JAN, null));
		List<RoutePeriod> after = List.of(new RoutePeriod(Route.INVESTIGATION, JAN, MAR),
				new RoutePeriod(Route.CARE_SUPPORT, MAR, null));
		assertThat(RouteCountDeltas.deltas(before, after)).containsExactly(entry(new Key(MAR, Route.INVESTIGATION), -1),
				entry(new Key(MAR, Route.CARE_SUPPORT), 1));
	}

	@Test
	void unchangedPeriodsLeaveNoDelta() {
		List<RoutePeriod> periods = List.of(new RoutePeriod(Route.REST, JAN, JUN));
		Map<Key, Integer> deltas = RouteCountDeltas.deltas(periods, periods);
		assertThat(deltas).isEmpty();
	}

	@Test
	void aWithdrawnHistoryTakesEverythingAway() {
		List<RoutePeriod> before = List.of(new RoutePeriod(Route.INVESTIGATION, JAN, MAR),
				new RoutePeriod(Route.REST, MAR, null));
		assertThat(RouteCountDeltas.deltas(before, List.of())).containsExactly(
				entry(new Key(JAN, Route.INVESTIGATION), -1), entry(new Key(MAR, Route.INVESTIGATION), 1),
				entry(new Key(MAR, Route.REST), -1));
	}

}
