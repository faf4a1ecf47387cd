package nl.koers.reporting;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Small numbers left out of the work report, by the same rule as {@link SmallNumbers}
 * leaves them out of the flows report (which only knows route balances, so the rule is
 * written out again here for the work report's tables): every count from 1 to below the
 * threshold (primary), then, as long as a sum (a row or column and its total) has exactly
 * one count left out, which the others would give away, the smallest other count of that
 * sum that is not zero (secondary). Zeros are shown: they name no one.
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
		Set<String> hidden = new HashSet<>();
		counts.forEach((key, count) -> {
			if (small(count, threshold)) {
				hidden.add(key);
			}
		});
		Optional<String> next;
		while ((next = giveaway(counts, sums, hidden)).isPresent()) {
			hidden.add(next.get());
		}
		return hidden;
	}

	/**
	 * Whether a count is below the threshold and not zero.
	 */
	static boolean small(long count, int threshold) {
		return count > 0 && count < threshold;
	}

	private static Optional<String> giveaway(Map<String, Long> counts, List<Sum> sums, Set<String> hidden) {
		for (Sum sum : sums) {
			if (sum.items().filter(hidden::contains).count() == 1) {
				Optional<String> other = sum.items()
					.filter(item -> !hidden.contains(item) && counts.getOrDefault(item, 0L) != 0)
					.min(Comparator.comparing((String item) -> counts.getOrDefault(item, 0L))
						.thenComparing(Comparator.naturalOrder()));
				if (other.isPresent()) {
					return other;
				}
			}
		}
		return Optional.empty();
	}

}
