package nl.koers.reporting;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.koers.client.api.BenefitEndReason;
import nl.koers.reporting.RouteFlows.FlowCount;
import nl.koers.reporting.RouteFlows.Suppressed;
import nl.koers.reporting.RouteFlows.Suppressed.Part;
import nl.koers.route.api.Kp4Exits;
import nl.koers.route.api.Route;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallNumbersTests {

	static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	@Test
	void aSmallCountIsLeftOutWithWhatWouldGiveItAwayButZerosAndLargeCountsStay() {
		RouteFlows flows = new RouteFlows(FROM, FROM.plusMonths(3), stocks(100, 0, 10, 40), stocks(127, 0, 30, 43),
				List.of(new FlowCount("NEW", "INVESTIGATION", 50L), new FlowCount("INVESTIGATION", "CARE_SUPPORT", 20L),
						new FlowCount("INVESTIGATION", "REST", 3L)),
				List.of(), 0);

		RouteFlows shown = SmallNumbers.suppress(flows, 5);

		assertThat(shown.suppressed()).containsExactlyInAnyOrder(
				new Suppressed(Part.FLOW, null, "INVESTIGATION", "REST"),
				new Suppressed(Part.FLOW, null, "INVESTIGATION", "CARE_SUPPORT"),
				new Suppressed(Part.START, Route.REST, null, null),
				new Suppressed(Part.START, Route.CARE_SUPPORT, null, null));
		assertThat(shown.flows()).containsExactly(new FlowCount("NEW", "INVESTIGATION", 50L),
				new FlowCount("INVESTIGATION", "CARE_SUPPORT", null), new FlowCount("INVESTIGATION", "REST", null));
		assertThat(shown.start()).containsEntry(Route.INVESTIGATION, 100L)
			.containsEntry(Route.TOWARDS_KP3, 0L)
			.containsEntry(Route.REST, null);
		assertThat(shown.end()).containsEntry(Route.REST, 43L).containsEntry(Route.INVESTIGATION, 127L);
		assertThat(shown.threshold()).isEqualTo(5);
	}

	@Test
	void nothingIsLeftOutWhenEveryCountReachesTheThreshold() {
		RouteFlows flows = new RouteFlows(FROM, FROM.plusMonths(3), stocks(10, 0, 0, 0), stocks(15, 0, 0, 0),
				List.of(new FlowCount("NEW", "INVESTIGATION", 5L)), List.of(), 0);

		assertThat(SmallNumbers.suppress(flows, 5).suppressed()).isEmpty();
	}

	@Test
	void aSmallRouteCountIsLeftOutWithTheNextSmallestSoTheTotalGivesNothingAway() {
		RouteCounts counts = SmallNumbers.suppress(RouteCounts.of(FROM, stocks(40, 0, 3, 12)), 5);

		assertThat(counts.counts()).containsEntry(Route.INVESTIGATION, 40L)
			.containsEntry(Route.TOWARDS_KP3, 0L)
			.containsEntry(Route.CARE_SUPPORT, null)
			.containsEntry(Route.REST, null);
		assertThat(counts.total()).isEqualTo(55);
		assertThat(counts.suppressed()).containsExactly("counts.CARE_SUPPORT", "counts.REST");
		assertThat(counts.threshold()).isEqualTo(5);
	}

	@Test
	void aSmallTotalIsLeftOutWithEveryCountInIt() {
		RouteCounts counts = SmallNumbers.suppress(RouteCounts.of(FROM, stocks(1, 0, 2, 0)), 5);

		assertThat(counts.counts()).containsEntry(Route.INVESTIGATION, null)
			.containsEntry(Route.CARE_SUPPORT, null)
			.containsEntry(Route.REST, 0L);
		assertThat(counts.total()).isNull();
		assertThat(counts.suppressed()).containsExactlyInAnyOrder("counts.INVESTIGATION", "counts.CARE_SUPPORT",
				"total");
	}

	@Test
	void twoSmallCountsNeedNoThirdAndLargeCountsStay() {
		RouteCounts counts = SmallNumbers.suppress(RouteCounts.of(FROM, stocks(40, 2, 3, 12)), 5);

		assertThat(counts.suppressed()).containsExactly("counts.TOWARDS_KP3", "counts.CARE_SUPPORT");
		assertThat(counts.total()).isEqualTo(57);
		assertThat(SmallNumbers.suppress(RouteCounts.of(FROM, stocks(40, 0, 5, 12)), 5).suppressed()).isEmpty();
	}

	@Test
	void whoLeftKp4IsLeftOutBelowTheThresholdIncludingTheTotal() {
		Map<BenefitEndReason, Long> outflow = new EnumMap<>(BenefitEndReason.class);
		outflow.put(BenefitEndReason.WORK, 9L);
		outflow.put(BenefitEndReason.MOVED, 1L);
		Kp4Left left = SmallNumbers.suppress(Kp4Exits.of(FROM, FROM.plusMonths(3), outflow, 6, 0), 5);

		assertThat(left.outflow(BenefitEndReason.WORK)).isEqualTo(9);
		assertThat(left.outflow(BenefitEndReason.MOVED)).isNull();
		assertThat(left.outflow(BenefitEndReason.OTHER)).isZero();
		assertThat(left.handedOver()).as("the smallest other count, so the total gives nothing away").isNull();
		assertThat(left.profileChanged()).isZero();
		assertThat(left.total()).isEqualTo(16);
		assertThat(left.suppressed()).containsExactly("outflow.MOVED", "handedOver");

		Kp4Left few = SmallNumbers.suppress(Kp4Exits.of(FROM, FROM, Map.of(BenefitEndReason.WORK, 2L), 0, 0), 5);
		assertThat(few.total()).isNull();
		assertThat(few.outflow(BenefitEndReason.WORK)).isNull();
	}

	private static Map<Route, Long> stocks(long investigation, long towardsKp3, long careSupport, long rest) {
		Map<Route, Long> stocks = new EnumMap<>(Route.class);
		stocks.put(Route.INVESTIGATION, investigation);
		stocks.put(Route.TOWARDS_KP3, towardsKp3);
		stocks.put(Route.CARE_SUPPORT, careSupport);
		stocks.put(Route.REST, rest);
		return stocks;
	}

}
