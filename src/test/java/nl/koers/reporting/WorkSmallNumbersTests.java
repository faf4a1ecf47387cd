package nl.koers.reporting;

import java.util.List;
import java.util.Map;

import nl.koers.reporting.WorkSmallNumbers.Sum;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small numbers in the work report's tables: counts below the threshold go, and as long
 * as a total would give exactly one left-out count away, the smallest other count of it
 * too.
 */
class WorkSmallNumbersTests {

	@Test
	void leavesOutCountsBelowTheThresholdButNotZeros() {
		Map<String, Long> counts = Map.of("a", 4L, "b", 0L, "c", 5L, "d", 12L, "total", 21L);
		assertThat(WorkSmallNumbers.hidden(counts, List.of(), 5)).containsExactly("a");
	}

	@Test
	void leavesOutOneMoreWhenATotalWouldGiveASmallCountAway() {
		Map<String, Long> counts = Map.of("a", 4L, "b", 0L, "c", 7L, "d", 12L, "total", 23L);
		assertThat(WorkSmallNumbers.hidden(counts, List.of(new Sum("total", List.of("a", "b", "c", "d"))), 5))
			.containsExactlyInAnyOrder("a", "c");
	}

	@Test
	void followsTheSecondCountIntoTheOtherSumsItIsPartOf() {
		// rows r1, r2 with two columns and totals; r1's small count takes r2's smaller
		// one
		// with it in the column, and that one takes the rest of r2's row
		Map<String, Long> counts = Map.of("r1.x", 3L, "r1.y", 9L, "r1", 12L, "r2.x", 6L, "r2.y", 8L, "r2", 14L, "x", 9L,
				"y", 17L, "all", 26L);
		List<Sum> sums = List.of(new Sum("r1", List.of("r1.x", "r1.y")), new Sum("r2", List.of("r2.x", "r2.y")),
				new Sum("x", List.of("r1.x", "r2.x")), new Sum("y", List.of("r1.y", "r2.y")),
				new Sum("all", List.of("r1", "r2")));
		assertThat(WorkSmallNumbers.hidden(counts, sums, 5)).containsExactlyInAnyOrder("r1.x", "r1.y", "r2.x", "r2.y");
	}

	@Test
	void aThresholdOfOneLeavesNothingOut() {
		Map<String, Long> counts = Map.of("a", 1L, "total", 1L);
		assertThat(WorkSmallNumbers.hidden(counts, List.of(new Sum("total", List.of("a"))), 1)).isEmpty();
	}

}
