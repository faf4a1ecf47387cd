package nl.koers.contract.api;

import java.util.Map;

import nl.koers.client.api.Outcome;

/**
 * The trajectories of one contract on a reference date, counted from the dates of their
 * steps, so that an earlier date gives the earlier picture.
 *
 * @param used nominated on or before the date and not declined, withdrawn or not approved
 * by it
 * @param waiting nominated but not started on the date
 * @param running started on or before the date and not ended by it
 * @param overdue running past the contract's maximum duration
 * @param endingSoon running, not overdue, within the contract's warning days of the
 * maximum end
 * @param ended ended on or before the date, per outcome
 * @param inAftercare ended and in aftercare on the date
 * @param endedDays the days from start to end of those ended, summed
 * @param declined declined by the provider on or before the date
 * @param withdrawn withdrawn on or before the date
 * @param notApproved not approved on or before the date
 */
public record TrajectoryCounts(int used, int waiting, int running, int overdue, int endingSoon,
		Map<Outcome, Integer> ended, int inAftercare, long endedDays, int declined, int withdrawn, int notApproved) {
}
