package nl.koers.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.koers.budget.api.SourceYear;
import nl.koers.client.api.Outcome;

/**
 * The report for the council: two periods side by side, each with the same figures (stock
 * and flows, outcomes, targets, money, places), small numbers left out in each.
 *
 * @param municipality the name of the caller's municipality
 * @param periods the period reported on, then the period it is compared with
 * @param contracts the municipality's contracts, for the places used
 * @param threshold the smallest count shown
 */
record CouncilReport(String municipality, List<Column> periods, List<Contract> contracts, int threshold) {

	/**
	 * Whether any count of the report is left out.
	 */
	boolean suppressed() {
		return this.periods.stream().anyMatch(Column::suppressed);
	}

	/**
	 * The figures of one period.
	 *
	 * @param period the period
	 * @param flows the stock per route at the start and the end, and the moves between
	 * (as the flows report gives them)
	 * @param money per budget source, the money of the year the period ends in
	 * @param placesUsed per contract, the places taken at the end of the period;
	 * {@code null} when left out
	 * @param placesSuppressed whether a count of places is left out
	 * @param outcomes per outcome, the clients who reached it in the period (as the
	 * outcomes report counts them); {@code null} when left out
	 * @param targets the targets whose period has begun by the end of the period, with
	 * their realisation on that day (as the targets report gives it)
	 */
	record Column(CouncilPeriod period, RouteFlows flows, List<SourceYear> money, Map<UUID, Long> placesUsed,
			boolean placesSuppressed, Map<Outcome, Long> outcomes, List<TargetRealisation> targets) {

		boolean suppressed() {
			return !this.flows.suppressed().isEmpty() || this.placesSuppressed || this.outcomes.containsValue(null)
					|| this.targets.stream().anyMatch(target -> target.realised() == null);
		}

		int year() {
			return this.period.until().getYear();
		}

	}

	/**
	 * A contract, named by its provider and name (never a person), with its places.
	 */
	record Contract(UUID id, String name, int places) {
	}

}
