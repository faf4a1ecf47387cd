package nl.koers.contract;

import nl.koers.contract.api.TrajectoryCounts;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import nl.koers.budget.api.ContractMoney;
import nl.koers.client.api.Outcome;

/**
 * The raw counts and money of one or more contracts on a reference date, summed before
 * averages and costs are worked out from them.
 */
record Tally(int places, int used, int waiting, int running, int overdue, int endingSoon, Map<Outcome, Integer> ended,
		int inAftercare, long endedDays, int declined, int withdrawn, int notApproved, BigDecimal committed,
		BigDecimal spent) {

	/**
	 * A contract's places with its trajectories' counts (none when {@code counts} is
	 * null), without money yet.
	 */
	static Tally of(int places, TrajectoryCounts counts) {
		if (counts == null) {
			return new Tally(places, 0, 0, 0, 0, 0, noOutcomes(), 0, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
		}
		Map<Outcome, Integer> ended = noOutcomes();
		ended.putAll(counts.ended());
		return new Tally(places, counts.used(), counts.waiting(), counts.running(), counts.overdue(),
				counts.endingSoon(), ended, counts.inAftercare(), counts.endedDays(), counts.declined(),
				counts.withdrawn(), counts.notApproved(), BigDecimal.ZERO, BigDecimal.ZERO);
	}

	static Map<Outcome, Integer> noOutcomes() {
		Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			outcomes.put(outcome, 0);
		}
		return outcomes;
	}

	Tally with(ContractMoney money) {
		return new Tally(this.places, this.used, this.waiting, this.running, this.overdue, this.endingSoon, this.ended,
				this.inAftercare, this.endedDays, this.declined, this.withdrawn, this.notApproved, money.committed(),
				money.spent());
	}

	Tally plus(Tally other) {
		Map<Outcome, Integer> outcomes = new EnumMap<>(this.ended);
		other.ended.forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum));
		return new Tally(this.places + other.places, this.used + other.used, this.waiting + other.waiting,
				this.running + other.running, this.overdue + other.overdue, this.endingSoon + other.endingSoon,
				outcomes, this.inAftercare + other.inAftercare, this.endedDays + other.endedDays,
				this.declined + other.declined, this.withdrawn + other.withdrawn, this.notApproved + other.notApproved,
				this.committed.add(other.committed), this.spent.add(other.spent));
	}

	int endedTotal() {
		return this.ended.values().stream().mapToInt(Integer::intValue).sum();
	}

	int movedOn() {
		return this.ended.entrySet()
			.stream()
			.filter(entry -> entry.getKey().movedOn())
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

}
