package nl.koers.reporting;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Small numbers left out of the work report by {@link SmallNumbers}' rule, its sums being
 * the rows and columns of the report's tables with their totals: every count from 1 to
 * below the threshold, then, as long as a sum has exactly one count left out, the
 * smallest other count of that sum that is not zero. Zeros are shown: they name no one.
 */
final class WorkSmallNumbers {

	private WorkSmallNumbers() {
	}

	/**
	 * A total and the counts it adds up.
	 */
	record Sum(String total, List<String> parts) {

		Stream<String> items() {
			return Stream.concat(Stream.of(this.total), this.parts.stream());
		}

	}

	/**
	 * The keys of the counts to leave out.
	 */
	static Set<String> hidden(Map<String, Long> counts, List<Sum> sums, int threshold) {
		return SmallNumbers.hidden(counts, sums.stream().map(sum -> sum.items().toList()).toList(), threshold);
	}

	/**
	 * Whether a count is below the threshold and not zero.
	 */
	static boolean small(long count, int threshold) {
		return count > 0 && count < threshold;
	}

}
