package nl.koers.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import nl.koers.client.api.Outcome;

/**
 * What a contract, or all of a provider's contracts, stand at on a reference date.
 *
 * @param used places taken by nominations on or before the date that were not declined,
 * withdrawn or refused
 * @param waiting nominated but not started on the date
 * @param running started on or before the date and not ended by it
 * @param overdue running on the date past the contract's maximum duration
 * @param endingSoon running, not overdue, within the contract's warning days of the
 * maximum end
 * @param ended ended on or before the date; {@code outcomes} splits them per outcome
 * @param averageDurationDays the average days from start to end of those ended, rounded
 * to whole days; {@code null} when none ended
 * @param committed money committed and not released, today
 * @param spent money paid, today
 * @param costPerOutcome committed money per trajectory that ended with the client moving
 * on, {@code null} when none did
 */
record MonitoringFigures(int places, int used, int left, int waiting, int running, int overdue, int endingSoon,
		int ended, Map<Outcome, Integer> outcomes, int inAftercare, Integer averageDurationDays, int dropouts,
		int declined, int withdrawn, int notApproved, BigDecimal committed, BigDecimal spent,
		BigDecimal costPerOutcome) {

	static MonitoringFigures of(Tally tally) {
		int ended = tally.endedTotal();
		int movedOn = tally.movedOn();
		return new MonitoringFigures(tally.places(), tally.used(), Math.max(0, tally.places() - tally.used()),
				tally.waiting(), tally.running(), tally.overdue(), tally.endingSoon(), ended,
				Collections.unmodifiableMap(new EnumMap<>(tally.ended())), tally.inAftercare(),
				ended == 0 ? null
						: BigDecimal.valueOf(tally.endedDays())
							.divide(BigDecimal.valueOf(ended), 0, RoundingMode.HALF_UP)
							.intValue(),
				tally.ended().get(Outcome.DROPPED_OUT), tally.declined(), tally.withdrawn(), tally.notApproved(),
				tally.committed(), tally.spent(),
				movedOn == 0 ? null : tally.committed().divide(BigDecimal.valueOf(movedOn), 2, RoundingMode.HALF_UP));
	}

}
